enum Tokenizer {
    /// Words keep inner apostrophes, hyphens and periods ("don't", "20-point", "U.S."); a final period
    /// stays on initials and abbreviations.
    static func tokenize(_ scalars: [Unicode.Scalar], in block: Span) -> [Token] {
        var tokens: [Token] = []
        // Words average about five code points with their space: growing the array cost more than this.
        tokens.reserveCapacity(block.length / 4 + 1)
        var offset = block.start
        while offset < block.end {
            let scalar = scalars[offset]
            if scalar.isSpace {
                offset += 1
                continue
            }
            guard scalar.isWordCharacter else {
                tokens.append(token(scalars, Span(offset, offset + 1), kind: .punctuation))
                offset += 1
                continue
            }
            var end = offset + 1
            while end < block.end {
                if scalars[end].isWordCharacter {
                    end += 1
                } else if isJoiner(scalars[end]), end + 1 < block.end, scalars[end + 1].isWordCharacter,
                          scalars[end] != "." || joinsAtPeriod(scalars, at: end, wordStart: offset, blockEnd: block.end) {
                    end += 2
                } else if scalars[end] == ",", end + 3 < block.end, scalars[end - 1].isDigit,
                          (1...3).allSatisfy({ scalars[end + $0].isDigit }) {
                    end += 4
                } else {
                    break
                }
            }
            if end < block.end, scalars[end] == ".", keepsPeriod(scalars, Span(offset, end)) { end += 1 }
            tokens.append(token(scalars, Span(offset, end), kind: .word))
            offset = end
        }
        return tokens
    }

    /// "U.S.", "e.g.", "3.5" hold their periods; "said.Trump" (a missing space) does not.
    private static func joinsAtPeriod(_ scalars: [Unicode.Scalar], at period: Int, wordStart: Int, blockEnd: Int) -> Bool {
        if scalars[period - 1].isDigit && scalars[period + 1].isDigit { return true }
        let singleBefore = period - 1 == wordStart || !scalars[period - 2].isLetter
        let singleAfter = period + 2 >= blockEnd || !scalars[period + 2].isLetter
        return singleBefore || singleAfter
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "." || scalar == "\u{2010}" || scalar == "&"
    }

    private static func keepsPeriod(_ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
        let word = scalars[span.start..<span.end]
        if word.contains(".") { return true }
        if word.count == 1, word.first!.isUppercase { return true }
        let lower = ScalarText.string(word, lowercased: true)
        return WordClasses.of(lower).contains(.abbreviation)
    }

    private static func token(_ scalars: [Unicode.Scalar], _ span: Span, kind: Token.Kind) -> Token {
        // Read through a pointer: a slice of the array would retain and release its storage per token.
        let ascii = scalars.withUnsafeBufferPointer { scalars in
            ASCIIWord(UnsafeBufferPointer(rebasing: scalars[span.start..<span.end]), classified: kind == .word)
        }
        let first = Token.foldingApostrophe(scalars[span.start])
        if let ascii {
            return Token(span: span, kind: kind, lower: ascii.lower, first: first, classes: ascii.classes,
                         possessiveLength: ascii.possessiveLength)
        }
        // A mark with no lowercase of its own is its own lowercase: curly quotes, dashes, guillemets.
        if kind == .punctuation, ScalarProperties.of(first).contains(.ownLowercase) {
            return Token(span: span, kind: kind, lower: String(first), first: first, classes: [], possessiveLength: 0)
        }
        let text = ArticleText.string(scalars[span.start..<span.end].map(Token.foldingApostrophe)[...])
        let lower = text.lowercased()
        return Token(span: span, kind: kind, lower: lower, first: first, classes: kind == .word ? WordClasses.of(lower) : [],
                     possessiveLength: possessiveLength(lower, text: text))
    }

    private static func possessiveLength(_ lower: String, text: String) -> Int {
        if lower.hasSuffix("'s"), text.count > 2 { return 2 }
        if lower.hasSuffix("s'"), text.count > 2 { return 1 }
        return 0
    }
}
