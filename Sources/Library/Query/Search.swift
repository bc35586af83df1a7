import Corpus
import GRDB

extension LibraryStore {
    /// Quotes, and claims that do not come from a quote, best bm25 match first (or in the order they
    /// were indexed when the query has no words). The best `limit` of each table are found with the
    /// full-text index alone; only those are then read in full.
    public func search(_ query: SearchQuery) throws(LibraryError) -> [SearchHit] {
        try read { db in
            let expression = try SearchExpression(query, in: db)
            if expression.impossible { return [] }
            var found = try Self.best("quotes", expression, limit: query.limit, in: db).map { ($0, SearchHit.Source.quote) }
            if query.kind == nil {
                found += try Self.best("claims", expression, limit: query.limit, in: db).map { ($0, SearchHit.Source.claim) }
            }
            let hits = try found.compactMap { candidate, source in
                try source == .quote ? Self.quoteHit(candidate, query, in: db) : Self.claimHit(candidate, in: db)
            }
            return Array(hits.sorted { ($0.score, $0.doc, $0.span.start) < ($1.score, $1.doc, $1.span.start) }.prefix(query.limit))
        }
    }

    /// Articles whose title or text match, best first.
    public func articles(matching text: String, limit: Int = 20) throws(LibraryError) -> [ArticleHit] {
        guard let pattern = SearchExpression.pattern(text) else { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.doc, d.path, d.title, bm25(documents_fts) AS score
                FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
                WHERE documents_fts MATCH ? ORDER BY score, d.doc LIMIT ?
                """, arguments: [pattern, limit]).map { ArticleHit(doc: $0["doc"], path: $0["path"], title: $0["title"], score: $0["score"]) }
        }
    }

    private struct Candidate {
        var row: Int64
        var score: Double
        var text: String
    }

    /// The best rows of quotes_fts or claims_fts: by bm25 of the text alone (tags weigh nothing), or
    /// by rowid when there are no words to rank by.
    private static func best(_ table: String, _ expression: SearchExpression, limit: Int, in db: Database) throws -> [Candidate] {
        let fts = table + "_fts"
        let rows: [Row]
        if let match = expression.match {
            let order = expression.ranked ? "score" : "rowid"
            rows = try Row.fetchAll(db, sql: """
                SELECT rowid, \(expression.ranked ? "bm25(\(fts), 1.0, 0.0)" : "0.0") AS score, text FROM \(fts)
                WHERE \(fts) MATCH ? ORDER BY \(order) LIMIT ?
                """, arguments: [match, limit])
        } else {
            rows = try Row.fetchAll(db, sql: "SELECT rowid, 0.0 AS score, text FROM \(fts) ORDER BY rowid LIMIT ?", arguments: [limit])
        }
        return rows.map { Candidate(row: $0["rowid"], score: $0["score"], text: $0["text"]) }
    }

    /// A quote with its article, speaker, and the first of its claims that passes the topic and stance filters.
    private static func quoteHit(_ candidate: Candidate, _ query: SearchQuery, in db: Database) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT d.doc, d.path, q.document, q.id, q.start, q."end", q.kind, q.actor, a.name
            FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN actors a ON a.id = q.actor WHERE q.row = ?
            """), arguments: [candidate.row]) else { return nil }
        let claims = try Row.fetchAll(db.cachedStatement(sql: "SELECT topic, stance FROM claims WHERE document = ? AND quote = ? ORDER BY row"),
                                      arguments: [row["document"], row["id"]])
        let claim = claims.first { claim in
            query.topic.map { (claim["topic"] as String).localizedCaseInsensitiveContains($0) } ?? true
                && query.stance.map { claim["stance"] == $0.rawValue } ?? true
        }
        return SearchHit(source: .quote, doc: row["doc"], path: row["path"], id: row["id"], span: Span(row["start"], row["end"]),
                         kind: QuoteKind(rawValue: row["kind"]), actor: row["actor"], speaker: row["name"], topic: claim?["topic"],
                         stance: claim.flatMap { Stance(rawValue: $0["stance"]) }, text: candidate.text, score: candidate.score)
    }

    private static func claimHit(_ candidate: Candidate, in db: Database) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT d.doc, d.path, c.id, c.start, c."end", c.actor, a.name, c.topic, c.stance
            FROM claims c JOIN documents d ON d.id = c.document LEFT JOIN actors a ON a.id = c.actor WHERE c.row = ?
            """), arguments: [candidate.row]) else { return nil }
        return SearchHit(source: .claim, doc: row["doc"], path: row["path"], id: row["id"], span: Span(row["start"], row["end"]),
                         kind: nil, actor: row["actor"], speaker: row["name"], topic: row["topic"],
                         stance: Stance(rawValue: row["stance"]), text: candidate.text, score: candidate.score)
    }
}
