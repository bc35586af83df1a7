/// Text in which every code point is a character of its own and the only letters are ASCII: most
/// news prose, with its curly quotes and dashes. There, splitting by code point gives the same words
/// as splitting by `Character`, without grapheme breaking or Unicode property lookups.
enum PlainText {
    /// `text.split(whereSeparator: isSeparator)`, by code point when the text is plain. The two
    /// predicates must agree on plain code points.
    static func split(_ text: String, separatorScalar: (Unicode.Scalar) -> Bool,
                      isSeparator: (Character) -> Bool) -> [Substring] {
        words(text, separatorScalar: separatorScalar) ?? text.split(whereSeparator: isSeparator)
    }

    private static func words(_ text: String, separatorScalar: (Unicode.Scalar) -> Bool) -> [Substring]? {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var start: String.Index?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isPlain(scalar) else { return nil }
            if !separatorScalar(scalar) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            scalars.formIndex(after: &index)
        }
        if let wordStart = start { words.append(text[wordStart..<text.endIndex]) }
        return words
    }

    /// ASCII but CR (CR LF is one character), Latin-1 signs but its three letters (ª µ º), general
    /// punctuation but line and paragraph separators: none is a letter, none joins a neighbour.
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value != 0x0D }
        if value >= 0xA0 && value <= 0xBF { return value != 0xAA && value != 0xB5 && value != 0xBA }
        return (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E)
    }

    /// `Character.isLetter` for a plain code point.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x80 && scalar.isLetter }
}
