/// A word or a punctuation mark inside one block, with its place in the text.
/// What attribution asks of a token many times (its case, its word lists, whether it is possessive)
/// is worked out once, when it is made. Kept to 32 bytes, with one string: a block of millions of
/// marks must not cost hundreds of bytes each. The token as written is read back from the text.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation }

    let span: Span
    /// The token lowercased, with typographic apostrophes folded to "'".
    let lower: String
    /// The word lists of a word, or the (folded) mark of a punctuation token.
    private let payload: UInt32
    private let flags: UInt8

    private static let punctuationFlag: UInt8 = 1 << 0
    private static let capitalizedFlag: UInt8 = 1 << 1
    /// Two bits from here: characters a possessive ending takes ("'s": 2, "s'": 1), 0 when not possessive.
    private static let possessiveShift: UInt8 = 2

    init(span: Span, kind: Kind, lower: String, first: Unicode.Scalar, classes: WordClasses, possessiveLength: Int) {
        self.span = span
        self.lower = lower
        payload = kind == .word ? classes.rawValue : first.value
        var flags = UInt8(possessiveLength) << Self.possessiveShift
        if kind == .punctuation { flags |= Self.punctuationFlag }
        // Letters of scripts without case (李明) count too, as they can start names.
        if first.isUppercase || (first.value >= 0x80 && first.isLetter && !first.isLowercase) {
            flags |= Self.capitalizedFlag
        }
        self.flags = flags
    }

    var kind: Kind { flags & Self.punctuationFlag != 0 ? .punctuation : .word }

    var isWord: Bool { flags & Self.punctuationFlag == 0 }

    /// Uppercase first letter.
    var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }

    /// The punctuation mark, for punctuation.
    var scalar: Unicode.Scalar? { isWord ? nil : Unicode.Scalar(payload) }

    /// The engine's word lists that hold `lower`.
    var classes: WordClasses { isWord ? WordClasses(rawValue: payload) : [] }

    private var possessiveLength: Int { Int(flags >> Self.possessiveShift) }

    var isPossessive: Bool { possessiveLength > 0 }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { !isWord && payload == scalar.value }

    /// Whether `lower` is in one of the word lists `classes` stands for.
    func `is`(_ wordClass: WordClasses) -> Bool { classes.contains(wordClass) }

    /// The token as written, with typographic apostrophes folded to "'".
    func text(in scalars: [Unicode.Scalar]) -> String {
        let written = scalars[span.start..<span.end]
        if written.allSatisfy(\.isASCII) { return ScalarText.ascii(written, lowercased: false) }
        return ArticleText.string(written.map(Self.foldingApostrophe)[...])
    }

    /// "Lavrov's" -> "Lavrov"; "Clintons'" -> "Clintons"; nil when not possessive.
    func possessiveStem(in scalars: [Unicode.Scalar]) -> String? {
        isPossessive ? String(text(in: scalars).dropLast(possessiveLength)) : nil
    }

    static func foldingApostrophe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar
    }
}
