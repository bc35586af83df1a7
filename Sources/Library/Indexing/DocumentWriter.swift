import Corpus
import GRDB

/// Writes one document and everything extracted from it; the caller holds the transaction.
enum DocumentWriter {
    /// Replaces whatever the library held for the record's path; true when it held something.
    @discardableResult
    static func replace(_ record: DocumentRecord, engineVersion: String, in db: Database) throws -> Bool {
        let replaced = try remove(path: record.path, in: db)
        try db.cachedStatement(sql: """
            INSERT INTO documents (doc, path, content_hash, mtime, title, byline, date, engine_version, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [record.doc, record.path, record.contentHash, record.mtime, record.title,
                                     record.byline, record.date, engineVersion, record.text])
        let document = db.lastInsertedRowID
        for actor in record.actors { try write(actor, document: document, in: db) }
        for row in record.quotes { try write(row, document: document, in: db) }
        for row in record.claims { try write(row, document: document, in: db) }
        return replaced
    }

    /// Removes a document; its mentions, quotes and claims go with it (ON DELETE CASCADE).
    @discardableResult
    static func remove(path: String, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM documents WHERE path = ?").execute(arguments: [path])
        return db.changesCount > 0
    }

    /// Drops actors nothing refers to any more, after documents were removed or re-extracted.
    static func pruneActors(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE actor = actors.id)
              AND NOT EXISTS (SELECT 1 FROM quotes WHERE actor = actors.id)
              AND NOT EXISTS (SELECT 1 FROM claims WHERE actor = actors.id)
            """)
    }

    private static func write(_ actor: Actor, document: Int64, in db: Database) throws {
        // The first document to name an actor sets its name; a role is kept once known.
        try db.cachedStatement(sql: """
            INSERT INTO actors (id, name, kind, role) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET role = coalesce(actors.role, excluded.role)
            """).execute(arguments: [actor.id, actor.name, actor.kind.rawValue, actor.role])
        let alias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (actor, alias) VALUES (?, ?)")
        for name in [actor.name] + actor.aliases { try alias.execute(arguments: [actor.id, name]) }
        let mention = try db.cachedStatement(sql: #"INSERT INTO mentions (document, actor, start, "end") VALUES (?, ?, ?, ?)"#)
        for span in actor.mentions { try mention.execute(arguments: [document, actor.id, span.start, span.end]) }
    }

    private static func write(_ row: DocumentRecord.QuoteRow, document: Int64, in db: Database) throws {
        let quote = row.quote
        try db.cachedStatement(sql: """
            INSERT INTO quotes (document, id, start, "end", kind, actor, speaker_start, speaker_end, cue_start, cue_end, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, quote.id, quote.span.start, quote.span.end, quote.kind.rawValue, quote.actor,
                                     quote.speaker?.start, quote.speaker?.end, quote.cue?.start, quote.cue?.end, row.text])
    }

    private static func write(_ row: DocumentRecord.ClaimRow, document: Int64, in db: Database) throws {
        let claim = row.claim
        try db.cachedStatement(sql: """
            INSERT INTO claims (document, id, actor, topic, stance, start, "end", quote, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, claim.id, claim.actor, claim.topic, claim.stance.rawValue,
                                     claim.span.start, claim.span.end, claim.quote, row.text])
    }
}
