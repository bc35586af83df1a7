import GRDB

/// The library's schema, version by version. A migration, once released, is never edited: change the
/// schema by registering a new one, so that older libraries upgrade in place.
enum Migrations {
    static let versions = ["v1-index", "v2-reading-state"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(versions[0], migrate: createIndex)
        migrator.registerMigration(versions[1], migrate: createReadingState)
        return migrator
    }

    /// Documents and everything extracted from them, with full-text indexes over article and quote text.
    private static func createIndex(_ db: Database) throws {
        try db.create(table: "documents") { t in
            t.primaryKey("id", .integer)
            t.column("doc", .text).notNull().indexed()
            t.column("path", .text).notNull().unique()
            // FNV-1a 64 of the text as UTF-8, stored as its signed bit pattern; NULL when the text is unknown.
            t.column("content_hash", .integer)
            t.column("mtime", .double)
            t.column("title", .text).notNull()
            t.column("byline", .text)
            t.column("date", .text)
            t.column("engine_version", .text).notNull()
            t.column("text", .text).notNull()
        }
        try db.create(table: "actors") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull().collate(.nocase).indexed()
            t.column("kind", .text).notNull()
            t.column("role", .text)
        }
        try db.create(table: "aliases") { t in
            t.column("actor", .text).notNull().references("actors", onDelete: .cascade)
            t.column("alias", .text).notNull().collate(.nocase).indexed()
            t.primaryKey(["actor", "alias"])
        }
        try db.create(table: "mentions") { t in
            t.column("document", .integer).notNull().references("documents", onDelete: .cascade).indexed()
            t.column("actor", .text).notNull().references("actors").indexed()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
        }
        // Only columns looked up by equality are indexed: kind, topic and stance are filters that keep
        // too many rows (or match inside the value) for an index to pay for its size.
        // Actor ids in quotes and claims are not foreign keys: a quote whose actor the engine failed to
        // list is still worth keeping.
        try db.create(table: "quotes") { t in
            t.primaryKey("row", .integer)
            t.column("document", .integer).notNull().references("documents", onDelete: .cascade)
            t.column("id", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("kind", .text).notNull()
            t.column("actor", .text).indexed()
            t.column("speaker_start", .integer)
            t.column("speaker_end", .integer)
            t.column("cue_start", .integer)
            t.column("cue_end", .integer)
            t.column("text", .text).notNull()
            t.uniqueKey(["document", "id"])
        }
        try db.create(table: "claims") { t in
            t.primaryKey("row", .integer)
            t.column("document", .integer).notNull().references("documents", onDelete: .cascade)
            t.column("id", .text).notNull()
            t.column("actor", .text).notNull().indexed()
            t.column("topic", .text).notNull()
            t.column("stance", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("quote", .text)
            // The evidence, only for a claim that does not come from a quote: a quote's text is the quote's.
            t.column("text", .text)
        }
        try db.create(index: "claims_on_quote", on: "claims", columns: ["document", "quote"])
        // Searches list these beside quotes; a partial index finds the few without scanning every claim.
        try db.create(index: "claims_without_quote", on: "claims", columns: ["document"], condition: Column("quote") == nil)
        for (table, columns) in [("documents", ["title", "text"]), ("quotes", ["text"]), ("claims", ["text"])] {
            try db.create(virtualTable: table + "_fts", using: FTS5()) { t in
                t.synchronize(withTable: table)
                t.tokenizer = .porter(wrapping: .unicode61())
                for column in columns { t.column(column) }
            }
        }
    }

    /// What the reader remembers: where each article was left, whether it was read, bookmarked quotes.
    /// Keyed by doc name rather than by row, so that it survives re-indexing.
    private static func createReadingState(_ db: Database) throws {
        try db.create(table: "reading_state") { t in
            t.primaryKey("doc", .text)
            t.column("position", .integer).notNull().defaults(to: 0)
            t.column("read", .boolean).notNull().defaults(to: false)
            t.column("updated", .datetime).notNull()
        }
        try db.create(table: "bookmarks") { t in
            t.column("doc", .text).notNull()
            t.column("quote", .text).notNull()
            // The quote as it was when bookmarked: a later re-extraction may number quotes differently.
            t.column("start", .integer)
            t.column("end", .integer)
            t.column("speaker", .text)
            t.column("text", .text)
            t.column("created", .datetime).notNull()
            t.primaryKey(["doc", "quote"])
        }
    }
}
