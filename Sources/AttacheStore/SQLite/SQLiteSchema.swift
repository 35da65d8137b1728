import AttacheCore
import Foundation
import GRDB

/// The store's schema as named migrations: an old database opens in a new version, and a shipped
/// migration is never edited.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, events, relations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id TEXT PRIMARY KEY,
                        content_hash TEXT NOT NULL,
                        published TEXT,
                        title TEXT,
                        source TEXT,
                        url TEXT,
                        ingested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
                    );
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        type TEXT NOT NULL,
                        mode TEXT,
                        source TEXT NOT NULL,
                        target TEXT NOT NULL,
                        source_roots TEXT NOT NULL,
                        target_roots TEXT NOT NULL,
                        date TEXT,
                        location_name TEXT,
                        location_country TEXT,
                        negated INTEGER NOT NULL,
                        hypothetical INTEGER NOT NULL,
                        quantity_value REAL,
                        quantity_unit TEXT,
                        evidence TEXT NOT NULL,
                        rule TEXT
                    );
                    CREATE INDEX event_document ON event(document_id);
                    CREATE INDEX event_type_date ON event(type, date);
                    CREATE TABLE relation (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        record TEXT NOT NULL,
                        evidence TEXT NOT NULL
                    );
                    CREATE INDEX relation_document ON relation(document_id);
                    """)
        }
        migrator.registerMigration("v2: relation actors and dates") { db in
            try db.execute(
                sql: """
                    ALTER TABLE relation ADD COLUMN actor_roots TEXT NOT NULL DEFAULT '';
                    ALTER TABLE relation ADD COLUMN since TEXT;
                    ALTER TABLE relation ADD COLUMN until TEXT;
                    CREATE INDEX relation_kind ON relation(kind);
                    """)
            // Rows stored by v1 get the new columns from their stored record.
            let decoder = JSONDecoder()
            for row in try Row.fetchAll(db, sql: "SELECT id, record FROM relation") {
                let record = try decoder.decode(RelationRecord.self, from: Data((row["record"] as String).utf8))
                let columns = RelationStatements.columns(record)
                try db.execute(
                    sql: "UPDATE relation SET actor_roots = ?, since = ?, until = ? WHERE id = ?",
                    arguments: [columns.roots, columns.since, columns.until, row["id"] as Int64])
            }
        }
        migrator.registerMigration("v3: event actors index") { db in
            // One row per actor root and side, so that actor and dyad queries use an index instead
            // of scanning the padded root strings.
            try db.execute(
                sql: """
                    CREATE TABLE event_actor (
                        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                        root TEXT NOT NULL,
                        side TEXT NOT NULL
                    );
                    CREATE INDEX event_actor_root ON event_actor(root, side, event_id);
                    CREATE INDEX event_actor_event ON event_actor(event_id);
                    """)
            for row in try Row.fetchAll(db, sql: "SELECT id, source_roots, target_roots FROM event") {
                let roots = { (padded: String) in padded.split(separator: " ").map(String.init) }
                for actor in IngestStatements.actorRows(source: roots(row[1]), target: roots(row[2])) {
                    try db.execute(
                        sql: "INSERT INTO event_actor (event_id, root, side) VALUES (?, ?, ?)",
                        arguments: [row[0] as Int64, actor.root, actor.side])
                }
            }
        }
        migrator.registerMigration("v4: sentences, mentions and full-text search") { db in
            try db.execute(
                sql: """
                    CREATE TABLE sentence (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        number INTEGER NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE INDEX sentence_document ON sentence(document_id, number);
                    CREATE VIRTUAL TABLE sentence_search USING fts5(text, content='sentence', content_rowid='id');
                    CREATE TRIGGER sentence_indexed AFTER INSERT ON sentence BEGIN
                        INSERT INTO sentence_search (rowid, text) VALUES (new.id, new.text);
                    END;
                    CREATE TRIGGER sentence_unindexed AFTER DELETE ON sentence BEGIN
                        INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', old.id, old.text);
                    END;
                    CREATE TABLE mention (
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        sentence INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        rule TEXT NOT NULL
                    );
                    CREATE INDEX mention_document ON mention(document_id);
                    CREATE INDEX mention_actor ON mention(actor);
                    ALTER TABLE event ADD COLUMN sentence INTEGER;
                    """)
            // Documents stored before v4 have no sentences: forgetting their fingerprints makes the
            // next ingest of the same files store them again, whole.
            try db.execute(sql: "UPDATE document SET content_hash = ''")
        }
        migrator.registerMigration("v5: actor rows in date order") { db in
            // Actor queries walk these indexes in date order and stop at their limit.
            try db.execute(
                sql: """
                    ALTER TABLE event_actor ADD COLUMN date_key TEXT NOT NULL DEFAULT '~';
                    UPDATE event_actor SET date_key = COALESCE((SELECT date FROM event WHERE event.id = event_actor.event_id), '~');
                    DROP INDEX event_actor_root;
                    CREATE INDEX event_actor_side_order ON event_actor(root, side, date_key, event_id);
                    CREATE INDEX event_actor_order ON event_actor(root, date_key, event_id);
                    CREATE TABLE relation_actor (
                        relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                        root TEXT NOT NULL,
                        since_key TEXT NOT NULL
                    );
                    CREATE INDEX relation_actor_order ON relation_actor(root, since_key, relation_id);
                    CREATE INDEX relation_actor_relation ON relation_actor(relation_id);
                    """)
            for row in try Row.fetchAll(db, sql: "SELECT id, actor_roots, since FROM relation") {
                let roots = Set((row[1] as String).split(separator: " ").map(String.init))
                for root in roots {
                    try db.execute(
                        sql: "INSERT INTO relation_actor (relation_id, root, since_key) VALUES (?, ?, ?)",
                        arguments: [row[0] as Int64, root, (row[2] as String?) ?? "~"])
                }
            }
        }
        migrator.registerMigration("v6: an event's actors found by event") { db in
            // The dyad query asks whether an event has a given root on a given side: with all three
            // in one index, that is one lookup, never a walk over every event of the root.
            try db.execute(
                sql: """
                    CREATE INDEX event_actor_event_root ON event_actor(event_id, root, side);
                    DROP INDEX event_actor_event;
                    """)
        }
        migrator.registerMigration("v7: event dyads") { db in
            // One row per source root and target root of an event: a dyad query is one index walk.
            try db.execute(
                sql: """
                    CREATE TABLE event_dyad (
                        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                        source_root TEXT NOT NULL,
                        target_root TEXT NOT NULL,
                        date_key TEXT NOT NULL
                    );
                    \(SQLDialect.eventDyadsFromActors);
                    CREATE INDEX event_dyad_order ON event_dyad(source_root, target_root, date_key, event_id);
                    CREATE INDEX event_dyad_event ON event_dyad(event_id);
                    """)
        }
        migrator.registerMigration("v8: texts, engine stamps, date bases and observed dates") { db in
            // Documents keep their text so that a newer engine can read them again (`reprocess`),
            // and the engine version and knowledge fingerprint that produced their records.
            // Relations stored before keep their document's date as the date they were observed.
            try db.execute(
                sql: """
                    ALTER TABLE document ADD COLUMN text TEXT;
                    ALTER TABLE document ADD COLUMN engine_version TEXT;
                    ALTER TABLE document ADD COLUMN knowledge_fingerprint TEXT;
                    ALTER TABLE event ADD COLUMN date_basis TEXT;
                    UPDATE event SET date_basis = 'none' WHERE date IS NULL;
                    ALTER TABLE relation ADD COLUMN observed TEXT;
                    UPDATE relation SET observed = (SELECT published FROM document WHERE document.id = relation.document_id);
                    UPDATE relation_actor SET since_key = COALESCE(
                        (SELECT COALESCE(since, observed) FROM relation WHERE relation.id = relation_actor.relation_id), '~');
                    """)
        }
        return migrator
    }
}
