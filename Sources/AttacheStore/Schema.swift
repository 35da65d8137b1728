import AttacheCore
import Foundation
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
                let columns = RelationRows.columns(record)
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
                try EventRows.insertActors(
                    event: row["id"], sourceRoots: row["source_roots"], targetRoots: row["target_roots"], into: db)
            }
        }
        return migrator
    }
}
