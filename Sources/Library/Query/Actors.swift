import Corpus
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
    /// Every actor in the library, most quoted first, with the articles that quote or mention them.
    public func actors() throws(LibraryError) -> [CorpusActor] {
        try read { db in
            var aliases: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT actor, alias FROM aliases ORDER BY actor, alias") {
                aliases[row["actor"], default: []].append(row["alias"])
            }
            var docs: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT actor, doc FROM (SELECT actor, document FROM mentions
                                                 UNION SELECT actor, document FROM quotes WHERE actor IS NOT NULL)
                JOIN documents d ON d.id = document ORDER BY actor, doc
                """) {
                docs[row["actor"], default: []].append(row["doc"])
            }
            return try Row.fetchAll(db, sql: """
                SELECT a.id, a.name, a.kind, a.role, (SELECT count(*) FROM quotes WHERE actor = a.id) AS quotes
                FROM actors a ORDER BY quotes DESC, a.name, a.id
                """).map { row in
                let id: String = row["id"], name: String = row["name"]
                return CorpusActor(id: id, name: name, kind: ActorKind(rawValue: row["kind"]) ?? .person, role: row["role"],
                                   aliases: (aliases[id] ?? []).filter { $0 != name }, docs: docs[id] ?? [], quoteCount: row["quotes"])
            }
        }
    }

    /// Every document in the library, by doc name.
    public func documents() throws(LibraryError) -> [IndexedDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT doc, path, title, byline, date FROM documents ORDER BY doc, path").map {
                IndexedDocument(doc: $0["doc"], path: $0["path"], title: $0["title"], byline: $0["byline"], date: $0["date"])
            }
        }
    }
}
