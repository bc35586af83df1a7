import Corpus
import GRDB

extension LibraryStore {
    /// The stored text of the document at `path`, or nil when the library has none there.
    public func text(path: String) throws(LibraryError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT text FROM documents WHERE path = ?", arguments: [path]) }
    }

    /// `article` (extracted from the document at `path` on its own) with the corpus-wide actor ids and
    /// names the library gave it when indexing: each actor is known by the spans of its mentions and
    /// quotes. An actor the library did not store keeps its own id.
    public func withLibraryIDs(_ article: Article, path: String) throws(LibraryError) -> Article {
        let stored = try read { db in try StoredActors(path: path, in: db) }
        var ids: [String: String] = [:]
        for actor in article.actors {
            let quoted = article.quotes.filter { $0.actor == actor.id }.compactMap { stored.quoteActors[$0.id] }
            ids[actor.id] = actor.mentions.lazy.compactMap { stored.mentionActors[$0.start] }.first ?? quoted.first ?? actor.id
        }
        return ActorRenaming(ids: ids, names: stored.names).apply(to: article)
    }
}

/// Who the library says is who in one document.
private struct StoredActors {
    /// Actor id by the start of a mention.
    var mentionActors: [Int: String] = [:]
    /// Actor id by quote id.
    var quoteActors: [String: String] = [:]
    var names: [String: String] = [:]

    init(path: String, in db: Database) throws {
        guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) else { return }
        for row in try Row.fetchAll(db, sql: """
            SELECT m.actor, m.start, a.name FROM mentions m JOIN actors a ON a.id = m.actor WHERE m.document = ?
            """, arguments: [document]) {
            mentionActors[row["start"]] = row["actor"]
            names[row["actor"]] = row["name"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT q.id, q.actor, a.name FROM quotes q LEFT JOIN actors a ON a.id = q.actor
            WHERE q.document = ? AND q.actor IS NOT NULL
            """, arguments: [document]) {
            quoteActors[row["id"]] = row["actor"]
            if let name: String = row["name"] { names[row["actor"]] = name }
        }
    }
}
