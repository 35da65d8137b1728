import AttachePostgres
import AttacheStore
import Testing

/// What only the PostgreSQL store does: connect to a server, and say which one when it cannot.
@Suite struct PostgresStoreTests {
    @Test func anUnreachableServerIsNamedInTheError() throws {
        #expect {
            try PostgresStore(url: "postgres://attache@127.0.0.1:1/attache", connectTimeout: 2)
        } throws: { error in
            "\(error)".hasPrefix("postgres://attache@127.0.0.1:1/attache") && "\(error)".contains("cannot connect")
        }
    }

    @Test func aURLThatIsNotPostgresIsRefused() throws {
        #expect {
            try PostgresStore(url: "mysql://localhost/db")
        } throws: { error in
            "\(error)".contains("not a PostgreSQL URL")
        }
    }

    @Test(.enabled(if: Backend.serverURL != nil)) func anExistingDatabaseOpensAgainWithItsRecords() throws {
        let store = try Backend.postgres.makeStore() as! PostgresStore
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        // A second client on the same database runs the migrations again: they are already applied.
        let again = try PostgresStore(url: store.url)
        #expect(try again.events(matching: EventQuery()).count == 3)
    }

    @Test(.enabled(if: Backend.serverURL != nil)) func aDatabaseWrittenByANewerVersionIsRefused() throws {
        let store = try Backend.postgres.makeStore() as! PostgresStore
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        _ = try store.fetch(Statement("INSERT INTO attache_schema (version, name) VALUES (999, 'from the future')"))
        for forQueries in [true, false] {
            #expect {
                try PostgresStore(url: store.url, forQueries: forQueries)
            } throws: { error in
                "\(error)".contains(
                    "written by a newer Attaché (its schema is at version 999; this version knows up to ")
            }
        }
        #expect(try store.events(matching: EventQuery()).count == 3)
    }
}
