/// Tells, from code points alone, that a line has more words than `BlockClassifier` reads in any
/// label (bylines, datelines, headings, boilerplate: ten at most), so classifying it needs no String.
enum LineShape {
    static let mostLabelWords = 10

    /// True only when the answer is certain: every code point of the line is a character of its own
    /// (no combining marks or joiners, which `BlockClassifier` would count with their neighbours),
    /// and more than `mostLabelWords` words are separated by spaces or tabs.
    static func hasManyWords(_ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
        guard !span.isEmpty else { return false }
        // Every code point of every short line passes here. Both questions are answered by arithmetic
        // alone, without a branch per code point, which the compiler runs on several at once.
        return scalars.withUnsafeBufferPointer { scalars in
            var notOwn: UInt32 = 0
            // A word starts at the line's start (unless it is a gap) and after every gap.
            var words = (gapFlag(scalars[span.start].value) >> 31) ^ 1
            notOwn |= notOwnFlag(scalars[span.start].value)
            for offset in span.start + 1..<span.end {
                let value = scalars[offset].value
                notOwn |= notOwnFlag(value)
                words &+= (gapFlag(scalars[offset - 1].value) & ~gapFlag(value)) >> 31
            }
            return notOwn & ScalarRuns.topBit == 0 && Int(words) > mostLabelWords
        }
    }

    /// Top bit set for a space or a tab.
    @inline(__always)
    private static func gapFlag(_ value: UInt32) -> UInt32 {
        ScalarRuns.equal(value, 0x20) | ScalarRuns.equal(value, 0x09)
    }

    /// Top bit set unless the code point is Latin text, general punctuation (curly quotes, dashes) or
    /// a currency sign: code points that never join a neighbour in one grapheme. Line breaks never
    /// occur inside a line.
    @inline(__always)
    private static func notOwnFlag(_ value: UInt32) -> UInt32 {
        ScalarRuns.above(value, 0x2FF) & ScalarRuns.outside(value, 0x2010...0x206F) & ScalarRuns.outside(value, 0x20A0...0x20CF)
    }
}
