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

    /// The reading state of every article that has one, by doc: what the reader needs at start-up.
    public func readingStates() throws(LibraryError) -> [String: ReadingState] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT doc, position, read, updated FROM reading_state")
            var states: [String: ReadingState] = [:]
            while let row = try rows.next() {
                states[row["doc"]] = ReadingState(position: row["position"], read: row["read"], updated: row["updated"])
            }
            return states
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
