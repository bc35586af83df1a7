import Corpus
import GRDB

/// A claim as the library keeps it: where it is (document path and its place among the document's
/// claims), the claim, and the text evidencing it.
public struct StoredClaim: Sendable, Equatable {
    public var path: String
    /// Index into the document's claims, in the order the engine found them.
    public var position: Int
    public var claim: Claim
    public var evidence: String
}

extension LibraryStore {
    /// Every claim by the actor with this id, by document path and place in the document.
    public func claims(by actor: String) throws(LibraryError) -> [StoredClaim] {
        try read { db in
            // A claim from a quote has its quote's text; another has its own (DocumentWriter).
            try Row.fetchAll(db, sql: """
                SELECT d.path, c.id, c.actor, c.topic, c.stance, c.start, c."end", c.quote,
                       (SELECT count(*) FROM claims e WHERE e.document = c.document AND e.row < c.row) AS position,
                       coalesce(cf.text, qf.text, '') AS evidence
                FROM claims c
                JOIN documents d ON d.id = c.document
                LEFT JOIN claims_fts cf ON cf.rowid = c.row
                LEFT JOIN quotes q ON q.document = c.document AND q.id = c.quote
                LEFT JOIN quotes_fts qf ON qf.rowid = q.row
                WHERE c.actor = ?
                ORDER BY d.doc, d.path, c.row
                """, arguments: [actor]).map { row in
                let claim = Claim(id: row["id"], actor: row["actor"], topic: row["topic"],
                                  stance: Stance(rawValue: row["stance"]) ?? .asserts,
                                  span: Span(row["start"], row["end"]), quote: row["quote"])
                return StoredClaim(path: row["path"], position: row["position"], claim: claim, evidence: row["evidence"])
            }
        }
    }

    /// Quotes and actors of each document, by path; documents with none are left out.
    public func documentCounts() throws(LibraryError) -> [String: (quotes: Int, actors: Int)] {
        try read { db in
            var counts: [String: (quotes: Int, actors: Int)] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.path,
                       (SELECT count(*) FROM quotes WHERE document = d.id) AS quotes,
                       (SELECT count(DISTINCT actor) FROM mentions WHERE document = d.id) AS actors
                FROM documents d
                """)
            while let row = try rows.next() { counts[row[0]] = (row[1], row[2]) }
            return counts
        }
    }
}
