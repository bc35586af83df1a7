import GRDB

/// Tells a parley library from a foreign or newer database before touching it, then upgrades it.
enum SchemaCheck {
    static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Migrations.migrator
        let upToDate = try pool.read { db in
            if try migrator.hasBeenSuperseded(db) { throw LibraryError.newer(path: path) }
            let ours = try db.tableExists("grdb_migrations")
            let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
            if !ours && !empty { throw LibraryError.foreign(path: path) }
            return try migrator.hasCompletedMigrations(db)
        }
        // Readers skip the write lock when there is nothing to do, so they never wait for the indexer.
        if !upToDate { try migrator.migrate(pool) }
    }
}
