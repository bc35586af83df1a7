/// A word or a punctuation mark inside one block, with its place in the text.
/// What attribution asks of a token many times (its case, its word lists, whether it is possessive)
/// is worked out once, when it is made.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation }

    let span: Span
    let kind: Kind
    /// The token as written, with typographic apostrophes folded to "'".
    let text: String
    let lower: String
    /// Uppercase first letter; letters of scripts without case (李明) count too, as they can start names.
    let isCapitalized: Bool
    /// The punctuation mark, for punctuation.
    let scalar: Unicode.Scalar?
    /// The engine's word lists that hold `lower`.
    let classes: WordClasses
    /// Characters a possessive ending takes ("'s": 2, "s'": 1), 0 when not possessive.
    private let possessiveLength: Int

    /// `isASCII` says that `text` is ASCII, so that its ending can be read by bytes.
    init(span: Span, kind: Kind, text: String, lower: String, isASCII: Bool) {
        self.span = span
        self.kind = kind
        self.text = text
        self.lower = lower
        let first = text.unicodeScalars.first
        isCapitalized = first.map { $0.isUppercase || ($0.value >= 0x80 && $0.isLetter && !$0.properties.isLowercase) } ?? false
        scalar = kind == .punctuation ? first : nil
        classes = kind == .word ? WordClasses.of(lower) : []
        possessiveLength = isASCII ? Self.asciiPossessiveLength(lower) : Self.possessiveLength(lower, text: text)
    }

    private static func possessiveLength(_ lower: String, text: String) -> Int {
        if lower.hasSuffix("'s"), text.count > 2 { return 2 }
        if lower.hasSuffix("s'"), text.count > 2 { return 1 }
        return 0
    }

    /// The same on bytes, where each byte is a character.
    private static func asciiPossessiveLength(_ lower: String) -> Int {
        let bytes = lower.utf8
        guard bytes.count > 2 else { return 0 }
        let last = bytes[bytes.index(before: bytes.endIndex)]
        let beforeLast = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        if beforeLast == UInt8(ascii: "'") && last == UInt8(ascii: "s") { return 2 }
        if beforeLast == UInt8(ascii: "s") && last == UInt8(ascii: "'") { return 1 }
        return 0
    }

    var isWord: Bool { kind == .word }

    var isPossessive: Bool { possessiveLength > 0 }

    /// "Lavrov's" -> "Lavrov"; "Clintons'" -> "Clintons"; nil when not possessive.
    var possessiveStem: String? { isPossessive ? String(text.dropLast(possessiveLength)) : nil }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { self.scalar == scalar }

    /// Whether `lower` is in one of the word lists `classes` stands for.
    func `is`(_ wordClass: WordClasses) -> Bool { classes.contains(wordClass) }
}

enum Tokenizer {
    /// Words keep inner apostrophes, hyphens and periods ("don't", "20-point", "U.S."); a final period
    /// stays on initials and abbreviations.
    static func tokenize(_ scalars: [Unicode.Scalar], in block: Span) -> [Token] {
        var tokens: [Token] = []
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
        return SpeakerLexicon.roleWords.contains(lower + ".") || Abbreviations.isTitle(lower)
    }

    private static func token(_ scalars: [Unicode.Scalar], _ span: Span, kind: Token.Kind) -> Token {
        var hasUppercase = false
        var isASCII = true
        for scalar in scalars[span.start..<span.end] {
            if scalar.value >= 0x80 {
                isASCII = false
                break
            }
            if scalar.value >= 0x41 && scalar.value <= 0x5A { hasUppercase = true }
        }
        if isASCII {
            // Written straight into the strings: words fit the small-string form, so nothing is allocated.
            let word = scalars[span.start..<span.end]
            let text = ScalarText.ascii(word, lowercased: false)
            return Token(span: span, kind: kind, text: text, lower: hasUppercase ? ScalarText.ascii(word, lowercased: true) : text,
                         isASCII: true)
        }
        let folded = scalars[span.start..<span.end].map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }
        let text = ArticleText.string(folded[...])
        return Token(span: span, kind: kind, text: text, lower: text.lowercased(), isASCII: false)
    }
}
