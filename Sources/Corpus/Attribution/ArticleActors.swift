/// Turns the pass's drafts into the article's actors and quotes: only those who speak become actors,
/// each with an id from its name that the corpus can unify across articles.
enum ArticleActors {
    static func build(table: ActorTable, found: [AttributionPass.Found], sightings: NameSightings) -> Attribution {
        // Drafts are numbered from 0: flags and ids by number, without hashing.
        var speaking = [Bool](filledWith: false, count: table.drafts.count)
        for quote in found { if let actor = quote.actor { speaking[actor] = true } }
        var idFor = [String?](filledWith: nil, count: table.drafts.count)
        var usedIDs = Set<String>()
        var actors: [Actor] = []
        for (index, draft) in table.drafts.enumerated() where speaking[index] {
            var id = NameKey.slug(draft.name)
            var suffix = 2
            while usedIDs.contains(id) {
                id = NameKey.slug(draft.name) + "-\(suffix)"
                suffix += 1
            }
            usedIDs.insert(id)
            idFor[index] = id
            let known = distinctSorted(draft.mentions)
            let more = sightings.mentions(of: NameSightings.words(for: draft), besides: known)
            actors.append(Actor(id: id, name: draft.name, kind: draft.kind, role: draft.role, aliases: draft.aliases,
                                mentions: distinctSorted(known + more)))
        }
        let quotes = found.sorted { $0.span < $1.span }.enumerated().map { position, quote in
            Quote(id: "q\(position + 1)", span: quote.span, kind: quote.kind, speaker: quote.speaker, cue: quote.cue,
                  actor: quote.actor.flatMap { idFor[$0] })
        }
        return Attribution(actors: actors, quotes: quotes)
    }

    /// `Array(Set(spans)).sorted()`, by sorting first: equal spans end up side by side, and nothing is
    /// hashed. In place: the first of each run of equals moves down over the repeats.
    private static func distinctSorted(_ spans: [Span]) -> [Span] {
        var spans = spans
        spans.sort()
        var kept = 0
        for index in spans.indices where kept == 0 || spans[kept - 1] != spans[index] {
            spans[kept] = spans[index]
            kept += 1
        }
        spans.removeLast(spans.count - kept)
        return spans
    }
}
