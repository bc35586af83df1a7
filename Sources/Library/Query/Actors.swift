import Corpus
import GRDB

extension LibraryStore {
    /// Every actor in the library, most quoted first. Their `docs` (the articles that mention or quote
    /// them) are listed only when asked: that reads every mention, about a second for 100,000 articles,
    /// where the rest takes milliseconds.
    public func actors(listingDocuments: Bool = false) throws(LibraryError) -> [CorpusActor] {
        try read { db in
            var aliases: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT actor, alias FROM aliases ORDER BY actor, alias") {
                aliases[row["actor"], default: []].append(row["alias"])
            }
            let docs = listingDocuments ? try Self.documentsByActor(in: db) : [:]
            return try Row.fetchAll(db, sql: "SELECT id, name, kind, role, quotes FROM actors ORDER BY quotes DESC, name, id").map { row in
                let id: String = row["id"], name: String = row["name"]
                return CorpusActor(id: id, name: name, kind: ActorKind(rawValue: row["kind"]) ?? .person, role: row["role"],
                                   aliases: (aliases[id] ?? []).filter { $0 != name }, docs: docs[id] ?? [], quoteCount: row["quotes"])
            }
        }
    }

    /// Each actor's documents by doc name: those it is mentioned in, and those it is quoted in.
    private static func documentsByActor(in db: Database) throws -> [String: [String]] {
        var names: [Int64: String] = [:]
        let documents = try Row.fetchCursor(db, sql: "SELECT id, doc FROM documents")
        while let row = try documents.next() { names[row[0]] = row[1] }
        var byActor: [String: Set<Int64>] = [:]
        for table in ["mentions", "quotes"] {
            let pairs = try Row.fetchCursor(db, sql: "SELECT DISTINCT actor, document FROM \(table) WHERE actor IS NOT NULL")
            while let row = try pairs.next() { byActor[row[0], default: []].insert(row[1]) }
        }
        return byActor.mapValues { documents in documents.compactMap { names[$0] }.sorted() }
    }
}
