import GRDB

/// A document as the library lists it, without its text.
public struct IndexedDocument: Sendable, Equatable {
    public var doc: String
    public var path: String
    public var title: String
    public var byline: String?
    public var date: String?
}

extension LibraryStore {
    /// Every document in the library, by doc name.
    public func documents() throws(LibraryError) -> [IndexedDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT doc, path, title, byline, date FROM documents ORDER BY doc, path").map {
                IndexedDocument(doc: $0["doc"], path: $0["path"], title: $0["title"], byline: $0["byline"], date: $0["date"])
            }
        }
    }
}
