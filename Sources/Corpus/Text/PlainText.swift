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

    /// The words as byte ranges are found on the UTF-8 bytes, then cut from the text (a UTF-8 index
    /// costs nothing to make in a native string).
    private static func words(_ text: String, separatorScalar: (Unicode.Scalar) -> Bool) -> [Substring]? {
        var bytesOfText = text
        let ranges: [Range<Int>]? = bytesOfText.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            // Room for a short line's words at once, not grown one doubling at a time.
            ranges.reserveCapacity(16)
            var start: Int?
            var offset = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                let scalar = lead < 0x80 ? Unicode.Scalar(lead) : UTF8Scanner.scalar(in: bytes, at: offset)
                guard isPlain(scalar) else { return nil }
                if !separatorScalar(scalar) {
                    if start == nil { start = offset }
                } else if let wordStart = start {
                    ranges.append(wordStart..<offset)
                    start = nil
                }
                offset += UTF8Scanner.sequenceLength(lead)
            }
            if let wordStart = start { ranges.append(wordStart..<bytes.count) }
            return ranges
        }
        let utf8 = text.utf8
        return ranges?.map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Whether every code point of the text is plain, so that each is a `Character` of its own.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                guard isPlain(lead < 0x80 ? Unicode.Scalar(lead) : UTF8Scanner.scalar(in: bytes, at: offset)) else { return false }
                offset += UTF8Scanner.sequenceLength(lead)
            }
            return true
        }
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
