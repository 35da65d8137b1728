import AttacheStore

/// The PostgreSQL schema as numbered migrations, recorded in `attache_schema`: an old database
/// opens in a new version, and a shipped migration is never edited. Version 1 holds what SQLite's
/// v1 to v4 hold, versions 2 to 5 what its v5 to v8 hold.
enum PostgresSchema {
    struct Migration {
        var version: Int
        var name: String
        /// One statement each: PostgreSQL's extended protocol runs one at a time.
        var statements: [String]
    }

    static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS attache_schema (
            version BIGINT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// Serialises migrators: two processes opening a new database do not both create it.
    static let lock = "SELECT pg_advisory_xact_lock(7274632)"

    // Dates are text in YYYY[-MM[-DD]] form, compared bytewise (COLLATE "C") so that they sort in
    // time order under any database locale.
    static let migrations = [
        Migration(
            version: 1, name: "documents, sentences, mentions, events, relations",
            statements: [
                """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY,
                    content_hash TEXT NOT NULL,
                    published TEXT COLLATE "C",
                    title TEXT,
                    source TEXT,
                    url TEXT,
                    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """,
                """
                CREATE TABLE sentence (
                    id BIGSERIAL PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    number BIGINT NOT NULL,
                    text TEXT NOT NULL
                )
                """,
                "CREATE INDEX sentence_document ON sentence(document_id, number)",
                "CREATE INDEX sentence_search ON sentence USING GIN (to_tsvector('simple', text))",
                """
                CREATE TABLE mention (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentence BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    rule TEXT NOT NULL
                )
                """,
                "CREATE INDEX mention_document ON mention(document_id)",
                "CREATE INDEX mention_actor ON mention(actor)",
                """
                CREATE TABLE event (
                    id BIGSERIAL PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    sentence BIGINT,
                    type TEXT NOT NULL,
                    mode TEXT,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    source_roots TEXT NOT NULL,
                    target_roots TEXT NOT NULL,
                    date TEXT COLLATE "C",
                    location_name TEXT,
                    location_country TEXT,
                    negated BIGINT NOT NULL,
                    hypothetical BIGINT NOT NULL,
                    quantity_value DOUBLE PRECISION,
                    quantity_unit TEXT,
                    evidence TEXT NOT NULL,
                    rule TEXT
                )
                """,
                "CREATE INDEX event_document ON event(document_id)",
                "CREATE INDEX event_type_date ON event(type, date)",
                """
                CREATE TABLE event_actor (
                    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    root TEXT NOT NULL,
                    side TEXT NOT NULL
                )
                """,
                "CREATE INDEX event_actor_root ON event_actor(root, side, event_id)",
                "CREATE INDEX event_actor_event ON event_actor(event_id)",
                """
                CREATE TABLE relation (
                    id BIGSERIAL PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    record TEXT NOT NULL,
                    evidence TEXT NOT NULL,
                    actor_roots TEXT NOT NULL DEFAULT '',
                    since TEXT COLLATE "C",
                    until TEXT COLLATE "C"
                )
                """,
                "CREATE INDEX relation_document ON relation(document_id)",
                "CREATE INDEX relation_kind ON relation(kind)",
            ]),
        Migration(
            version: 2, name: "actor rows in date order",
            statements: [
                "ALTER TABLE event_actor ADD COLUMN date_key TEXT COLLATE \"C\" NOT NULL DEFAULT '~'",
                """
                UPDATE event_actor SET date_key = COALESCE(event.date, '~') FROM event
                WHERE event.id = event_actor.event_id
                """,
                "DROP INDEX event_actor_root",
                "CREATE INDEX event_actor_side_order ON event_actor(root, side, date_key, event_id)",
                "CREATE INDEX event_actor_order ON event_actor(root, date_key, event_id)",
                """
                CREATE TABLE relation_actor (
                    relation_id BIGINT NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                    root TEXT NOT NULL,
                    since_key TEXT COLLATE "C" NOT NULL
                )
                """,
                """
                INSERT INTO relation_actor (relation_id, root, since_key)
                SELECT DISTINCT id, root, COALESCE(since, '~')
                FROM relation, unnest(string_to_array(trim(actor_roots), ' ')) AS root WHERE root <> ''
                """,
                "CREATE INDEX relation_actor_order ON relation_actor(root, since_key, relation_id)",
                "CREATE INDEX relation_actor_relation ON relation_actor(relation_id)",
            ]),
        Migration(
            version: 3, name: "an event's actors found by event",
            statements: [
                "CREATE INDEX event_actor_event_root ON event_actor(event_id, root, side)",
                "DROP INDEX event_actor_event",
            ]),
        Migration(
            version: 4, name: "event dyads",
            statements: [
                """
                CREATE TABLE event_dyad (
                    event_id BIGINT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    source_root TEXT NOT NULL,
                    target_root TEXT NOT NULL,
                    date_key TEXT COLLATE "C" NOT NULL
                )
                """,
                SQLDialect.eventDyadsFromActors,
                "CREATE INDEX event_dyad_order ON event_dyad(source_root, target_root, date_key, event_id)",
                "CREATE INDEX event_dyad_event ON event_dyad(event_id)",
                // Without statistics on the new table the planner can pick a full walk of it.
                "ANALYZE event_dyad",
            ]),
        Migration(
            version: 5, name: "texts, engine stamps, date bases and observed dates",
            statements: [
                "ALTER TABLE document ADD COLUMN text TEXT",
                "ALTER TABLE document ADD COLUMN engine_version TEXT",
                "ALTER TABLE document ADD COLUMN knowledge_fingerprint TEXT",
                "ALTER TABLE event ADD COLUMN date_basis TEXT",
                "UPDATE event SET date_basis = 'none' WHERE date IS NULL",
                "ALTER TABLE relation ADD COLUMN observed TEXT COLLATE \"C\"",
                "UPDATE relation SET observed = document.published FROM document WHERE document.id = relation.document_id",
                """
                UPDATE relation_actor SET since_key = COALESCE(relation.since, relation.observed, '~')
                FROM relation WHERE relation.id = relation_actor.relation_id
                """,
            ]),
    ]
}
