/// One speech-carrying block prepared for attribution: its tokens, quotations and sentences, and which
/// tokens lie inside quotations.
final class BlockContext {
    let segment: Int
    let span: Span
    /// Headings carry speech only with a cue; a quotation in one does not continue a speaker.
    let isParagraph: Bool
    let tokens: [Token]
    let quotations: [Quotation]
    /// Token ranges of the block's sentences.
    let sentences: [Range<Int>]
    /// For each token, whether it lies strictly inside a quotation's marks.
    let quoted: [Bool]
    let reader: PhraseReader

    init(scalars: [Unicode.Scalar], segment: Int, span: Span, sentences blockSentences: ArraySlice<Sentence>, isParagraph: Bool = true) {
        self.segment = segment
        self.isParagraph = isParagraph
        self.span = span
        let tokens = Tokenizer.tokenize(scalars, in: span)
        self.tokens = tokens
        quotations = QuotationScanner.scan(scalars, block: span, segment: segment)
        // Appended, not made by `repeating:`, which looks the array's type up at run time on every call.
        var quoted: [Bool] = []
        quoted.reserveCapacity(tokens.count)
        var quotationIndex = 0
        for token in tokens {
            while quotationIndex < quotations.count, quotations[quotationIndex].content.end <= token.span.start { quotationIndex += 1 }
            quoted.append(quotationIndex < quotations.count && quotations[quotationIndex].content.contains(token.span.start))
        }
        self.quoted = quoted
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(blockSentences.count + 1)
        var tokenIndex = 0
        for sentence in blockSentences {
            let start = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].span.start < sentence.span.end { tokenIndex += 1 }
            if tokenIndex > start { ranges.append(start..<tokenIndex) }
        }
        if tokenIndex < tokens.count { ranges.append(tokenIndex..<tokens.count) }
        sentences = ranges
        reader = PhraseReader(tokens: tokens, scalars: scalars)
    }

    /// Index of the token starting at `offset` (quotation marks are tokens of their own).
    func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].span.start == offset ? low : nil
    }

    func sentence(containing index: Int) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : 0..<tokens.count
    }

    func isCue(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord, !quoted[index] else { return false }
        // "Said Dorothy Poynter, ...": an inverted cue can open a sentence.
        if tokens[index].isCapitalized { return tokens[index].lower == "said" || tokens[index].lower == "says" }
        // "the following comment", "his remarks": after a determiner the word is a noun.
        if index > 0, tokens[index - 1].is(.cueDeterminer) { return false }
        if tokens[index].is(.speechVerb) { return true }
        if tokens[index].is(.phrasalVerb), let particles = CueLexicon.phrasalCues[tokens[index].lower], index + 1 < tokens.count {
            return particles.contains(tokens[index + 1].lower)
        }
        return false
    }

    /// The cue's last token: "pointed out" ends at "out".
    func cueEnd(_ index: Int) -> Int {
        guard index + 1 < tokens.count, tokens[index].is(.phrasalVerb), let particles = CueLexicon.phrasalCues[tokens[index].lower],
              particles.contains(tokens[index + 1].lower) else { return index }
        return index + 1
    }

    func cueSpan(_ index: Int) -> Span { Span(tokens[index].span.start, tokens[cueEnd(index)].span.end) }
}
