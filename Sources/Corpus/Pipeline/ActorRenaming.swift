/// Gives an article's actors other ids and names; two that get one id become one actor.
public struct ActorRenaming: Sendable {
    /// New id by old id; an actor not in it keeps its id.
    public var ids: [String: String]
    /// Name by new id; an actor whose new id is not in it keeps its name.
    public var names: [String: String]

    public init(ids: [String: String], names: [String: String]) {
        self.ids = ids
        self.names = names
    }

    public func apply(to article: Article) -> Article {
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
