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

    /// The spans where one of `names` (single words, any case) appears, outside the spans already known
    /// (sorted, each once).
    func mentions(of names: [String], besides known: [Span]) -> [Span] {
        // An actor has a few names: a list finds the repeated ones without hashing them.
        var keys: [String] = []
        for name in names {
            let key = name.matchKey
            if !keys.contains(key) { keys.append(key) }
        }
        var found: [Span] = []
        for key in keys { spans.spans(of: key, into: &found) }
        return found.filter { span in !Self.covered(span, by: known) }
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
        var words: [String] = []
        switch actor.kind {
        case .person:
            if let surname = actor.name.lastTwoWords.last { words.append(String(surname)) }
            for alias in actor.aliases { if let surname = alias.lastTwoWords.last { words.append(String(surname)) } }
        case .organisation:
            if !actor.name.containsSpace { words.append(actor.name) }
            for alias in actor.aliases where !alias.containsSpace { words.append(alias) }
            for capital in EntityLexicon.capitalsByCountry[actor.name] ?? [] where !capital.containsSpace { words.append(capital) }
        case .group, .anonymous:
            break
        }
        return words
    }
}
