import Corpus
import GRDB

extension LibraryStore {
    /// Quotes and claims across the library, best bm25 match first.
    public func search(_ query: SearchQuery) throws(LibraryError) -> [SearchHit] {
        let pattern = Self.pattern(query.text)
        return try read { db in
            var parts = [SearchSQL.quotes(query, pattern: pattern)]
            if query.kind == nil { parts.append(SearchSQL.claims(query, pattern: pattern)) }
            let sql = parts.map(\.sql).joined(separator: " UNION ALL ") + #" ORDER BY score, doc, start LIMIT ?"#
            let arguments = parts.reduce(into: StatementArguments()) { $0 += $1.arguments } + [query.limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.hit)
        }
    }

    /// Articles whose title or text match, best first.
    public func articles(matching text: String, limit: Int = 20) throws(LibraryError) -> [ArticleHit] {
        guard let pattern = Self.pattern(text) else { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.doc, d.path, d.title, bm25(documents_fts) AS score
                FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
                WHERE documents_fts MATCH ? ORDER BY score, d.doc LIMIT ?
                """, arguments: [pattern, limit]).map { ArticleHit(doc: $0["doc"], path: $0["path"], title: $0["title"], score: $0["score"]) }
        }
    }

    /// The query as FTS5 syntax, or its words when it is not valid syntax; nil when it has no words.
    static func pattern(_ text: String) -> FTS5Pattern? {
        (try? FTS5Pattern(rawPattern: text)) ?? FTS5Pattern(matchingAllTokensIn: text)
    }

    private static func hit(_ row: Row) -> SearchHit {
        SearchHit(source: SearchHit.Source(rawValue: row["source"]) ?? .quote, doc: row["doc"], path: row["path"], id: row["id"],
                  span: Span(row["start"], row["end"]), kind: (row["kind"] as String?).flatMap(QuoteKind.init),
                  actor: row["actor"], speaker: row["speaker"], topic: row["topic"],
                  stance: (row["stance"] as String?).flatMap(Stance.init), text: row["text"], score: row["score"])
    }
}
