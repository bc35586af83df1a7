import GRDB

/// The library's schema, version by version. A migration, once released, is never edited: change the
/// schema by registering a new one, so that older libraries upgrade in place.
enum Migrations {
    static let versions = ["v1-index", "v2-reading-state", "v3-resume", "v4-document-list"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(versions[0], migrate: createIndex)
        // Migrations that only add tables and indexes check foreign keys as they go: deferred checks would
        // scan every row of a large library on upgrade (1.4 s for 100,000 articles with a warm cache).
        migrator.registerMigration(versions[1], foreignKeyChecks: .immediate, migrate: createReadingState)
        migrator.registerMigration(versions[2], foreignKeyChecks: .immediate, migrate: createResume)
        migrator.registerMigration(versions[3], foreignKeyChecks: .immediate, migrate: createDocumentList)
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
        // `key` is a stable integer for the search tags (rowids of a table without one may change on VACUUM).
        try db.create(table: "actors") { t in
            t.primaryKey("key", .integer)
            t.column("id", .text).notNull().unique()
            t.column("name", .text).notNull().collate(.nocase).indexed()
            t.column("kind", .text).notNull()
            t.column("role", .text)
            // Kept by the triggers on quotes, so that listing actors reads no quote.
            t.column("quotes", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "aliases") { t in
            t.column("actor", .text).notNull().references("actors", column: "id", onDelete: .cascade)
            t.column("alias", .text).notNull().collate(.nocase).indexed()
            t.primaryKey(["actor", "alias"])
        }
        try db.create(table: "mentions") { t in
            t.column("document", .integer).notNull().references("documents", onDelete: .cascade).indexed()
            t.column("actor", .text).notNull().references("actors", column: "id")
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
        }
        // Indexes on (actor, document) here and on quotes list each actor's documents without reading the tables.
        try db.create(index: "mentions_on_actor", on: "mentions", columns: ["actor", "document"])
        // Topic keys by number, for the search tags; kept when their last claim goes, so numbers stay put.
        try db.create(table: "topics") { t in
            t.primaryKey("id", .integer)
            t.column("key", .text).notNull().unique()
        }
        // Actor ids in quotes and claims are not foreign keys: a quote whose actor the engine failed to
        // list is still worth keeping. Texts live in the full-text tables below.
        try db.create(table: "quotes") { t in
            t.primaryKey("row", .integer)
            t.column("document", .integer).notNull().references("documents", onDelete: .cascade)
            t.column("id", .text).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("kind", .text).notNull()
            t.column("actor", .text)
            t.column("speaker_start", .integer)
            t.column("speaker_end", .integer)
            t.column("cue_start", .integer)
            t.column("cue_end", .integer)
            t.uniqueKey(["document", "id"])
        }
        try db.create(index: "quotes_on_actor", on: "quotes", columns: ["actor", "document"])
        try db.execute(sql: """
            CREATE TRIGGER quotes_count_insert AFTER INSERT ON quotes WHEN new.actor IS NOT NULL BEGIN
                UPDATE actors SET quotes = quotes + 1 WHERE id = new.actor;
            END;
            CREATE TRIGGER quotes_count_delete AFTER DELETE ON quotes WHEN old.actor IS NOT NULL BEGIN
                UPDATE actors SET quotes = quotes - 1 WHERE id = old.actor;
            END
            """)
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
        }
        try db.create(index: "claims_on_quote", on: "claims", columns: ["document", "quote"])
        try db.create(virtualTable: "documents_fts", using: FTS5()) { t in
            t.synchronize(withTable: "documents")
            t.tokenizer = .porter(wrapping: .unicode61())
            t.column("title")
            t.column("text")
        }
        // The text of each quote, and of each claim that does not come from a quote, with `tags`: words
        // naming its speaker, kind, topics and stances (SearchTags), so that filters are full-text terms
        // and a filtered search is one full-text query. Rowids are those of quotes and claims.
        for table in ["quotes", "claims"] {
            try db.create(virtualTable: table + "_fts", using: FTS5()) { t in
                t.tokenizer = .porter(wrapping: .unicode61())
                t.column("text")
                t.column("tags")
            }
            try db.execute(sql: """
                CREATE TRIGGER \(table)_fts_delete AFTER DELETE ON \(table) BEGIN
                    DELETE FROM \(table)_fts WHERE rowid = old.row;
                END
                """)
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

    /// The reader lists every document at start-up: an index that holds the list's columns, in its order,
    /// reads a few MB instead of a page of article text per document.
    private static func createDocumentList(_ db: Database) throws {
        try db.create(index: "documents_list", on: "documents", columns: ["doc", "path", "title", "byline", "date"])
    }
}
