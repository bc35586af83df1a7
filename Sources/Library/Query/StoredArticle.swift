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

/// Gives an article's actors other ids and names; two that get one id become one actor.
private struct ActorRenaming {
    var ids: [String: String]
    var names: [String: String]

    func apply(to article: Article) -> Article {
        var merged: [String: Actor] = [:]
        var order: [String] = []
        for actor in article.actors {
            let id = ids[actor.id] ?? actor.id
            let name = names[id] ?? actor.name
            let forms = [actor.name] + actor.aliases
            guard var existing = merged[id] else {
                order.append(id)
                merged[id] = Actor(id: id, name: name, kind: actor.kind, role: actor.role,
                                   aliases: unique(forms.filter { $0 != name }), mentions: actor.mentions)
                continue
            }
            existing.mentions = (existing.mentions + actor.mentions).sorted()
            existing.aliases = unique(existing.aliases + forms.filter { $0 != existing.name })
            existing.role = existing.role ?? actor.role
            merged[id] = existing
        }
        let quotes = article.quotes.map { quote in
            var quote = quote
            quote.actor = quote.actor.map { ids[$0] ?? $0 }
            return quote
        }
        let claims = article.claims.map { claim in
            var claim = claim
            claim.actor = ids[claim.actor] ?? claim.actor
            return claim
        }
        return Article(doc: article.doc, path: article.path, text: article.text, title: article.title, segments: article.segments,
                       sentences: article.sentences, actors: order.compactMap { merged[$0] }, quotes: quotes, claims: claims)
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
