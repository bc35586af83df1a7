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

    /// Rewrites the article's own parts: for a corpus, where copies of every article's actors, quotes
    /// and claims would be held at once with the parts they replace.
    func apply(to article: inout Article) {
        // Actors keep the order of each id's first actor; a later one with the same id is merged into it.
        var kept: [String: Int] = [:]
        var actors: [Actor] = []
        for actor in article.actors {
            let id = ids[actor.id] ?? actor.id
            let forms = [actor.name] + actor.aliases
            guard let first = kept[id] else {
                var renamed = actor
                renamed.id = id
                renamed.name = names[id] ?? actor.name
                renamed.aliases = unique(forms.filter { $0 != renamed.name })
                kept[id] = actors.count
                actors.append(renamed)
                continue
            }
            actors[first].mentions = (actors[first].mentions + actor.mentions).sorted()
            actors[first].aliases = unique(actors[first].aliases + forms.filter { $0 != actors[first].name })
            actors[first].role = actors[first].role ?? actor.role
        }
        article.actors = ActorList(actors)
        article.renameActors(ids)
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
