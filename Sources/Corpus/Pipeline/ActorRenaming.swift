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
        var renamed = article
        apply(to: &renamed)
        return renamed
    }

    /// Rewrites the article's own arrays: for a corpus, where copies of every article's actors, quotes
    /// and claims would be held at once with the parts they replace.
    func apply(to article: inout Article) {
        // Actors keep the order of each id's first actor; a later one with the same id is merged into it.
        var kept: [String: Int] = [:]
        var count = 0
        for index in article.actors.indices {
            let actor = article.actors[index]
            let id = ids[actor.id] ?? actor.id
            let forms = [actor.name] + actor.aliases
            guard let first = kept[id] else {
                var renamed = actor
                renamed.id = id
                renamed.name = names[id] ?? actor.name
                let aliases = unique(forms.filter { $0 != renamed.name })
                // Most are unchanged: the old array is kept rather than a copy made.
                if aliases != actor.aliases { renamed.aliases = aliases }
                kept[id] = count
                article.actors[count] = renamed
                count += 1
                continue
            }
            article.actors[first].mentions = (article.actors[first].mentions + actor.mentions).sorted()
            article.actors[first].aliases = unique(article.actors[first].aliases + forms.filter { $0 != article.actors[first].name })
            article.actors[first].role = article.actors[first].role ?? actor.role
        }
        article.actors.removeLast(article.actors.count - count)
        article.quotes.renameActors(ids)
        article.claims.renameActors(ids)
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
