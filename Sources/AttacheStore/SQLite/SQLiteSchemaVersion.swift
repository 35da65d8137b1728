import GRDB

/// How a database's applied migrations compare with the ones this version of Attaché knows.
enum SchemaState: Equatable {
    case current
    /// Migrations this version knows are missing: a writer applies them.
    case behind
    /// A migration this version does not know was applied: a newer Attaché wrote the database.
    case newer(unknown: String)
}

extension SQLiteSchema {
    static func state(of db: Database) throws -> SchemaState {
        let migrator = Self.migrator
        let applied = try migrator.appliedIdentifiers(db)
        if let unknown = applied.subtracting(migrator.migrations).sorted().last { return .newer(unknown: unknown) }
        return applied.count == migrator.migrations.count ? .current : .behind
    }

    /// Why a database written by a newer version is refused, naming both schema versions.
    static func newerMessage(unknown: String) -> String {
        "written by a newer Attaché (its schema has migration '\(unknown)'; this version knows up to "
            + "'\(migrator.migrations.last ?? "")'): use a newer attache, so that nothing it stored is lost"
    }
}
