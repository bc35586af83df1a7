import Foundation
import GRDB

/// Where the reader was when it last quit.
public struct ResumeState: Sendable, Equatable {
    public var doc: String
    /// Whether the article was open (else the list was shown, with the article under the cursor).
    public var inArticle: Bool
    public var updated: Date
}

extension LibraryStore {
    public func resumeState() throws(LibraryError) -> ResumeState? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT doc, in_article, updated FROM resume WHERE id = 1")
                .map { ResumeState(doc: $0["doc"], inArticle: $0["in_article"], updated: $0["updated"]) }
        }
    }

    public func saveResume(doc: String, inArticle: Bool) throws(LibraryError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO resume (id, doc, in_article, updated) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, in_article = excluded.in_article, updated = excluded.updated
                """, arguments: [doc, inArticle, Date()])
        }
    }

    /// What the reader needs at start-up of every article: where it was left (when not at the top), and
    /// which were read. Columns by index and no dates, since a library may hold 100,000 of them.
    public func readingPositions() throws(LibraryError) -> (positions: [String: Int], read: Set<String>) {
        try read { db in
            var positions: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT doc, position FROM reading_state WHERE position > 0")
            while let row = try rows.next() { positions[row[0]] = row[1] }
            return (positions, try String.fetchSet(db, sql: "SELECT doc FROM reading_state WHERE read"))
        }
    }

    /// Bookmarks a quote as the reader shows it, whether or not its article is indexed. Bookmarking
    /// it again keeps the first bookmark.
    public func bookmark(doc: String, quote: String, start: Int?, end: Int?, speaker: String?, text: String?) throws(LibraryError) {
        try write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO bookmarks (doc, quote, start, "end", speaker, text, created) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [doc, quote, start, end, speaker, text, Date()])
        }
    }
}
