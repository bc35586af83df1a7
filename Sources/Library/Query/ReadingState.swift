import Foundation
import GRDB

/// Where the reader left an article, and whether it was read.
public struct ReadingState: Sendable, Equatable {
    /// A code-point offset into the article's text.
    public var position: Int
    public var read: Bool
    public var updated: Date
}

/// A quote the user marked, as it was when marked.
public struct Bookmark: Sendable, Equatable {
    public var doc: String
    public var quote: String
    public var start: Int?
    public var end: Int?
    public var speaker: String?
    public var text: String?
    public var created: Date
}

extension LibraryStore {
    public func readingState(doc: String) throws(LibraryError) -> ReadingState? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT position, read, updated FROM reading_state WHERE doc = ?", arguments: [doc])
                .map { ReadingState(position: $0["position"], read: $0["read"], updated: $0["updated"]) }
        }
    }

    public func savePosition(doc: String, position: Int) throws(LibraryError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO reading_state (doc, position, updated) VALUES (?, ?, ?)
                ON CONFLICT (doc) DO UPDATE SET position = excluded.position, updated = excluded.updated
                """, arguments: [doc, position, Date()])
        }
    }

    public func setRead(doc: String, _ read: Bool = true) throws(LibraryError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO reading_state (doc, read, updated) VALUES (?, ?, ?)
                ON CONFLICT (doc) DO UPDATE SET read = excluded.read, updated = excluded.updated
                """, arguments: [doc, read, Date()])
        }
    }

    /// Bookmarks a quote, keeping its offsets, speaker and text from the index when it is there.
    /// Bookmarking it again keeps the first bookmark.
    public func bookmark(doc: String, quote: String) throws(LibraryError) {
        try write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO bookmarks (doc, quote, start, "end", speaker, text, created)
                SELECT ?, ?, q.start, q."end", a.name, f.text, ? FROM (SELECT 1)
                LEFT JOIN documents d ON d.doc = ?
                LEFT JOIN quotes q ON q.document = d.id AND q.id = ?
                LEFT JOIN actors a ON a.id = q.actor
                LEFT JOIN quotes_fts f ON f.rowid = q.row
                ORDER BY q.row IS NULL LIMIT 1
                """, arguments: [doc, quote, Date(), doc, quote])
        }
    }

    public func removeBookmark(doc: String, quote: String) throws(LibraryError) {
        try write { db in try db.execute(sql: "DELETE FROM bookmarks WHERE doc = ? AND quote = ?", arguments: [doc, quote]) }
    }

    /// Every bookmark, oldest first.
    public func bookmarks() throws(LibraryError) -> [Bookmark] {
        try read { db in
            try Row.fetchAll(db, sql: #"SELECT doc, quote, start, "end", speaker, text, created FROM bookmarks ORDER BY created, rowid"#)
                .map { Bookmark(doc: $0["doc"], quote: $0["quote"], start: $0["start"], end: $0["end"], speaker: $0["speaker"],
                                text: $0["text"], created: $0["created"]) }
        }
    }
}
