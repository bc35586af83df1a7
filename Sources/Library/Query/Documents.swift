import GRDB

/// A document as the library lists it, without its text.
public struct IndexedDocument: Sendable, Equatable {
    public var doc: String
    public var path: String
    public var title: String
    public var byline: String?
    public var date: String?
    /// The document's row, by which the library's quotes and claims name it.
    public var row: Int64
}

extension LibraryStore {
    /// Every document in the library, by doc name.
    public func documents() throws(LibraryError) -> [IndexedDocument] {
        try read { db in
            // By column number, from a cursor: the reader lists 100,000 of them before its first frame.
            var documents: [IndexedDocument] = []
            // Every column is in the index documents_list (a row id is in every index), so no article page is read.
            let rows = try Row.fetchCursor(db, sql: "SELECT doc, path, title, byline, date, id FROM documents ORDER BY doc, path")
            while let row = try rows.next() {
                documents.append(IndexedDocument(doc: row[0], path: row[1], title: row[2], byline: row[3], date: row[4], row: row[5]))
            }
            return documents
        }
    }
}
