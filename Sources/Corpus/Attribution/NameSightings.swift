/// Every capitalised word of an article's speech blocks, so that once the speakers are known each
/// actor gets all its mentions: "Lavrov" in any paragraph, "Moscow" wherever Russia is meant.
struct NameSightings {
    private var spans = SpansByWord()

    mutating func record(_ tokens: [Token], in scalars: [Unicode.Scalar]) {
        for token in tokens where token.isWord && token.isCapitalized {
            if let stem = token.possessiveStem(in: scalars) {
                spans.append(Span(token.span.start, token.span.start + stem.unicodeScalars.count), to: stem.matchKey)
            } else {
                spans.append(token.span, to: token.lower)
            }
        }
    }

    /// The spans where one of `names` (single words, any case) appears, outside the spans already known.
    func mentions(of names: [String], besides known: [Span]) -> [Span] {
        var found: [Span] = []
        for name in Set(names.map(\.matchKey)) { found += spans.spans(of: name) }
        let sortedKnown = known.sorted()
        return found.filter { span in !Self.covered(span, by: sortedKnown) }
    }

    /// Whether a known mention holds `span`: the last one starting at or before it, or the widest
    /// such, is checked by binary search, so long articles stay linear-logarithmic.
    private static func covered(_ span: Span, by sorted: [Span]) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].start <= span.start { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        // Mentions are short and rarely nest: a few steps back find any that reaches this far.
        while index >= 0, low - index <= 4 {
            if sorted[index].contains(span) { return true }
            index -= 1
        }
        return false
    }

    /// The single words that name an actor: a person's surname, a one-word name, a capital for its country.
    static func words(for actor: ActorTable.Draft) -> [String] {
        let forms = [actor.name] + actor.aliases
        switch actor.kind {
        case .person:
            return forms.compactMap { $0.split(separator: " ").last.map(String.init) }
        case .organisation:
            let capitals = EntityLexicon.capitalsByCountry[actor.name] ?? []
            return forms.filter { !$0.containsSpace } + capitals.filter { !$0.containsSpace }
        case .group, .anonymous:
            return []
        }
    }
}
