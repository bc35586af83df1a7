import GRDB

extension Migrations {
    /// Where the reader was when it last quit: one row, the article and whether it was open, so that
    /// the next run starts there.
    static func createResume(_ db: Database) throws {
        try db.create(table: "resume") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("doc", .text).notNull()
            t.column("in_article", .boolean).notNull()
            t.column("updated", .datetime).notNull()
        }
    }
}
