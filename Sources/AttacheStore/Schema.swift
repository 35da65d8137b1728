import GRDB

/// The store's schema as named migrations: an old database opens in a new version, and a shipped
/// migration is never edited.
enum Schema {
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
        return migrator
    }
}
