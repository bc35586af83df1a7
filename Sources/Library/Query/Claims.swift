import Corpus
import GRDB

/// A claim as the library keeps it: its document's row, its place among the document's claims, and the claim.
public struct StoredClaim: Sendable, Equatable {
    /// The claim's own row, to ask for its evidence.
    public var row: Int64
    public var document: Int64
    /// Index into the document's claims, in the order the engine found them.
    public var position: Int
    public var claim: Claim
}

extension LibraryStore {
    /// Every claim by the actor with this id. Only the claims table and its indexes are read: the most
    /// quoted actor of 100,000 articles has tens of thousands of claims.
    public func claims(by actor: String) throws(LibraryError) -> [StoredClaim] {
        try read { db in
            var claims: [StoredClaim] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.row, c.document, c.id, c.topic, c.stance, c.start, c."end", c.quote,
                       (SELECT count(*) FROM claims e WHERE e.document = c.document AND e.row < c.row)
                FROM claims c WHERE c.actor = ?
                """, arguments: [actor])
            while let row = try rows.next() {
                let claim = Claim(id: row[2], actor: actor, topic: row[3], stance: Stance(rawValue: row[4]) ?? .asserts,
                                  span: Span(row[5], row[6]), quote: row[7])
                claims.append(StoredClaim(row: row[0], document: row[1], position: row[8], claim: claim))
            }
            return claims
        }
    }

    /// The text evidencing a claim: its quote's when it comes from one, else its own (as DocumentWriter stores them).
    public func evidence(ofClaim row: Int64) throws(LibraryError) -> String {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT coalesce(cf.text, qf.text, '') FROM claims c
                LEFT JOIN claims_fts cf ON cf.rowid = c.row
                LEFT JOIN quotes q ON q.document = c.document AND q.id = c.quote
                LEFT JOIN quotes_fts qf ON qf.rowid = q.row
                WHERE c.row = ?
                """, arguments: [row]) ?? ""
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
