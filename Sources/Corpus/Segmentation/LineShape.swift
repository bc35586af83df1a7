/// Tells, from code points alone, that a line has more words than `BlockClassifier` reads in any
/// label (bylines, datelines, headings, boilerplate: ten at most), so classifying it needs no String.
enum LineShape {
    static let mostLabelWords = 10

    /// True only when the answer is certain: every code point of the line is a character of its own
    /// (no combining marks or joiners, which `BlockClassifier` would count with their neighbours),
    /// and more than `mostLabelWords` words are separated by spaces or tabs.
    static func hasManyWords(_ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
        // Every code point of every short line passes here: words are counted without a branch on
        // spaces, which the processor cannot predict.
        scalars.withUnsafeBufferPointer { scalars in
            var words = 0
            var afterGap = 1
            for offset in span.start..<span.end {
                let value = scalars[offset].value
                guard isOwnCharacter(value) else { return false }
                let isGap = value == 0x20 || value == 0x09 ? 1 : 0
                words += afterGap & (1 - isGap)
                afterGap = isGap
            }
            return words > mostLabelWords
        }
    }

    /// Latin text, general punctuation (curly quotes, dashes) and currency signs: code points that
    /// never join a neighbour in one grapheme. Line breaks never occur inside a line.
    @inline(__always)
    private static func isOwnCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x2010 && value <= 0x206F)
            || (value >= 0x20A0 && value <= 0x20CF)
    }
}
