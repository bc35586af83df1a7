/// Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".
struct IndirectFinder {
    let block: BlockContext

    private var tokens: [Token] { block.tokens }

    struct Match {
        var cue: CueMatch
        var content: Span
    }

    private static let alsoNouns: Set<String> = [
        "estimate", "estimates", "report", "reports", "claim", "claims", "question", "questions", "answer", "answers",
        "comment", "comments", "post", "posts", "tweet", "tweets", "charge", "charges", "quote", "quotes", "hope",
        "hopes", "doubt", "doubts", "fear", "fears", "promise", "promises", "pledge", "pledges", "vow", "vows",
        "warning", "demand", "demands", "forecast", "forecasts", "note", "notes", "reply", "replies", "statement",
        "respond", "response", "appeal", "appeals", "call", "calls", "signal", "signals", "plea", "pleas", "cry",
    ]

    /// Words after a cue that begin a circumstance ("said in a statement"), not what was said.
    private static let adverbialStarts: Set<String> = [
        "in", "on", "at", "during", "via", "through", "after", "before", "last", "this", "yesterday", "today",
        "earlier", "later", "recently", "when", "while", "from", "to", "by", "with",
    ]

    /// The reported speech whose cue is the token at `cue`, if the sentence reads that way.
    func match(cue: Int, sentence: Range<Int>) -> Match? {
        let word = tokens[cue].lower
        let weak = CueLexicon.weakForIndirect.contains(word) && CueLexicon.phrasalCues[word] == nil
        guard !weak || (cue + 1 < sentence.upperBound && tokens[cue + 1].lower == "that") else { return nil }
        guard let phrase = block.reader.speaker(ofCue: cue, sentenceStart: sentence.lowerBound) else { return nil }
        if case .pronoun(let pronoun) = phrase.reading, pronoun == "it" || pronoun == "i" { return nil }
        // "an overall cost estimate": a cue word that is also a noun, right after a common noun, is that noun.
        if case .common = phrase.reading, phrase.tokens.upperBound == cue, Self.alsoNouns.contains(word),
           !(cue + 1 < sentence.upperBound && tokens[cue + 1].lower == "that") {
            return nil
        }
        let found = CueMatch(phrase: phrase, cue: cue)
        var start = block.cueEnd(cue) + 1
        if CueLexicon.tellVerbs.contains(word) { start = objectEnd(from: start, sentence: sentence) }
        start = skipToThat(from: start, sentence: sentence)
        let comma = phrase.tokens.lowerBound - 1
        let parenthetical = comma > sentence.lowerBound && tokens[comma].isPunctuation(",")
            && start < sentence.upperBound && tokens[start].isPunctuation(",")
        // "The real issue, he argued, lies elsewhere."
        if parenthetical, let content = content(from: sentence.lowerBound, to: sentence.upperBound) {
            return Match(cue: found, content: content)
        }
        let leadsWithAdverbial = start < sentence.upperBound && Self.adverbialStarts.contains(tokens[start].lower)
        if !(leadsWithAdverbial && comma > sentence.lowerBound && tokens[comma].isPunctuation(",")),
           let content = content(from: start, to: sentence.upperBound) {
            return Match(cue: found, content: content)
        }
        // "..., sources said." The content is what came before the speaker.
        guard comma > sentence.lowerBound, tokens[comma].isPunctuation(",") || tokens[comma].scalar?.isDoubleQuote == true,
              atSentenceEnd(block.cueEnd(cue) + 1, sentence: sentence) || leadsWithAdverbial,
              let content = content(from: sentence.lowerBound, to: comma) else { return nil }
        return Match(cue: found, content: content)
    }

    /// "According to X, ..." and "..., according to X."
    func accordingTo(at index: Int, sentence: Range<Int>) -> Match? {
        guard index + 2 < sentence.upperBound, tokens[index].lower == "according", tokens[index + 1].lower == "to" else { return nil }
        // The source runs to the next comma: "according to conservative talk radio host Rush Limbaugh,".
        let comma = tokens[(index + 2)..<min(sentence.upperBound, index + 16)].firstIndex { !$0.isWord && !$0.isPunctuation(".") }
        guard let phrase = comma.flatMap({ block.reader.phrase(endingAt: $0 - 1, floor: index + 2) })
            ?? block.reader.phrase(from: index + 2, ceiling: sentence.upperBound) else { return nil }
        let found = CueMatch(phrase: phrase, cue: index)
        if index == sentence.lowerBound {
            var start = phrase.tokens.upperBound
            while start < min(sentence.upperBound, phrase.tokens.upperBound + 12), !tokens[start].isPunctuation(",") { start += 1 }
            guard let content = content(from: start + 1, to: sentence.upperBound) else { return nil }
            return Match(cue: found, content: content)
        }
        var end = index
        if end > sentence.lowerBound, tokens[end - 1].isPunctuation(",") { end -= 1 }
        guard let content = content(from: sentence.lowerBound, to: end) else { return nil }
        return Match(cue: found, content: content)
    }

    /// Past the listener of "told reporters", "told the Post", "told Fox News", "warned them".
    private func objectEnd(from start: Int, sentence: Range<Int>) -> Int {
        guard start < sentence.upperBound, tokens[start].isWord, tokens[start].lower != "that" else { return start }
        if tokens[start].isCapitalized {
            var end = start
            while end + 1 < sentence.upperBound, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { end += 1 }
            return end + 1
        }
        if ["the", "a", "his", "her", "their"].contains(tokens[start].lower) {
            var end = start + 1
            while end < sentence.upperBound, tokens[end].isWord, tokens[end].isCapitalized, end + 1 < sentence.upperBound,
                  tokens[end + 1].isWord, tokens[end + 1].isCapitalized { end += 1 }
            return min(end + 1, sentence.upperBound)
        }
        return start + 1
    }

    /// "said on Monday that ..." reads from "that".
    private func skipToThat(from start: Int, sentence: Range<Int>) -> Int {
        var index = start
        while index < sentence.upperBound, index - start <= 6, tokens[index].isWord {
            if tokens[index].lower == "that" { return index }
            index += 1
        }
        return start
    }

    private func atSentenceEnd(_ index: Int, sentence: Range<Int>) -> Bool {
        guard index < sentence.upperBound else { return true }
        let token = tokens[index]
        return token.scalar.map { $0.isSentenceEnd || $0 == "," || $0 == ";" } ?? false
            || (index + 1 < sentence.upperBound && ["on", "in", "at", "during", "after", "last", "this", "yesterday", "today", "earlier"].contains(token.lower))
    }

    /// The words from `start` up to `end`, without the closing period; nil when too short to be speech.
    /// Reported speech longer than this many tokens runs on past what anyone said in one breath.
    static let longestContent = 150

    private func content(from start: Int, to end: Int) -> Span? {
        guard start < end, tokens[start].isWord || tokens[start].scalar?.isDoubleQuote == true,
              !["but", "and", "or", "nor", "so", "because", "than"].contains(tokens[start].lower) else { return nil }
        var end = min(end, start + Self.longestContent)
        // An infinitive ("agreed to end the war") reaches only to the end of its clause.
        if tokens[start].lower == "to", let comma = tokens[start..<min(end, start + 80)].firstIndex(where: { $0.isPunctuation(",") }) {
            end = comma
        }
        var last = end - 1
        while last > start, let scalar = tokens[last].scalar, scalar.isSentenceEnd || scalar == "," || scalar == ";" || scalar == ":" {
            last -= 1
        }
        guard last - start >= 2 else { return nil }
        return Span(tokens[start].span.start, tokens[last].span.end)
    }
}
