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
        var keys = Keys()
        for actor in record.actors { keys.actors[actor.id] = try write(actor, document: document, in: db) }
        for row in record.quotes { try write(row, claims: record.claims, document: document, keys: &keys, in: db) }
        for row in record.claims { try write(row, document: document, keys: &keys, in: db) }
        return replaced
    }

    /// Removes a document; its mentions, quotes and claims go with it (ON DELETE CASCADE), and their
    /// full-text rows with them (triggers).
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

    /// The numbers behind the tags of one document's quotes and claims.
    private struct Keys {
        var actors: [String: Int64] = [:]
        var topics: [String: Int64] = [:]

        /// An actor the engine named in a quote but did not list has no key, and so no speaker tag.
        mutating func actor(_ id: String?, in db: Database) throws -> Int64? {
            guard let id else { return nil }
            if let key = actors[id] { return key }
            let key = try Int64.fetchOne(db.cachedStatement(sql: "SELECT key FROM actors WHERE id = ?"), arguments: [id])
            actors[id] = key
            return key
        }

        mutating func topic(_ key: String, in db: Database) throws -> Int64 {
            if let id = topics[key] { return id }
            let id = try Int64.fetchOne(db.cachedStatement(sql: """
                INSERT INTO topics (key) VALUES (?) ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id
                """), arguments: [key])!
            topics[key] = id
            return id
        }
    }

    /// Stores an actor (the first document to name it sets its name; a role is kept once known), its
    /// names and its mentions here; returns its key.
    private static func write(_ actor: Actor, document: Int64, in db: Database) throws -> Int64 {
        let key = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO actors (id, name, kind, role) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET role = coalesce(actors.role, excluded.role) RETURNING key
            """), arguments: [actor.id, actor.name, actor.kind.rawValue, actor.role])!
        let alias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (actor, alias) VALUES (?, ?)")
        for name in [actor.name] + actor.aliases { try alias.execute(arguments: [actor.id, name]) }
        let mention = try db.cachedStatement(sql: #"INSERT INTO mentions (document, actor, start, "end") VALUES (?, ?, ?, ?)"#)
        for span in actor.mentions { try mention.execute(arguments: [document, actor.id, span.start, span.end]) }
        return key
    }

    private static func write(_ row: DocumentRecord.QuoteRow, claims: [DocumentRecord.ClaimRow], document: Int64,
                              keys: inout Keys, in db: Database) throws {
        let quote = row.quote
        try db.cachedStatement(sql: """
            INSERT INTO quotes (document, id, start, "end", kind, actor, speaker_start, speaker_end, cue_start, cue_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, quote.id, quote.span.start, quote.span.end, quote.kind.rawValue, quote.actor,
                                     quote.speaker?.start, quote.speaker?.end, quote.cue?.start, quote.cue?.end])
        // Taken now: looking up topics below may insert rows.
        let stored = db.lastInsertedRowID
        let own = try claims.map(\.claim).filter { $0.quote == quote.id }.map { (try keys.topic($0.topic, in: db), $0.stance) }
        let tags = SearchTags.column(actor: try keys.actor(quote.actor, in: db), kind: quote.kind, claims: own)
        try insertText(row.text, tags: tags, table: "quotes_fts", row: stored, in: db)
    }

    private static func write(_ row: DocumentRecord.ClaimRow, document: Int64, keys: inout Keys, in db: Database) throws {
        let claim = row.claim
        try db.cachedStatement(sql: """
            INSERT INTO claims (document, id, actor, topic, stance, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [document, claim.id, claim.actor, claim.topic, claim.stance.rawValue,
                                     claim.span.start, claim.span.end, claim.quote])
        let stored = db.lastInsertedRowID
        // A claim from a quote is found through its quote.
        guard let text = row.text else { return }
        let tags = SearchTags.column(actor: try keys.actor(claim.actor, in: db), kind: nil,
                                     claims: [(try keys.topic(claim.topic, in: db), claim.stance)])
        try insertText(text, tags: tags, table: "claims_fts", row: stored, in: db)
    }

    private static func insertText(_ text: String, tags: String, table: String, row: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO \(table) (rowid, text, tags) VALUES (?, ?, ?)")
            .execute(arguments: [row, text, tags])
    }
}
