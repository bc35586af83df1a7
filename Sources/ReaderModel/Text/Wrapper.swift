/// Greedy word wrapping by display width. Breaks after spaces when it can, mid-word only when a
/// word is wider than the line, and never inside a grapheme cluster (so never inside a wide char).
public enum Wrapper {
    /// Lines of `paragraph` (which holds no newline), as half-open ranges of Unicode scalar offsets
    /// into it. An empty paragraph is one empty line.
    public static func lineRanges(_ paragraph: some StringProtocol, width: Int) -> [Range<Int>] {
        lineRanges(of: paragraph, width: width) { character, column in
            (character.unicodeScalars.count, Glyph.columns(of: character, at: column), character == " " || character == "\t")
        }
    }

    /// The same for a paragraph of plain scalars only (`Glyph.isPlain`), each a cluster one column
    /// wide, as UTF-8: each line is found by stepping a line's width of code points ahead and back to
    /// the last space, not by measuring every scalar (a long article is mostly such paragraphs). Up to
    /// the next byte that is not ASCII (a quotation mark, an accent), a code point is a byte and the
    /// step is one addition. `line` gets each line's range of scalar offsets, in order.
    static func forEachLine(plain paragraph: UnsafeBufferPointer<UInt8>, width: Int, _ line: (Range<Int>) -> Void) {
        let width = max(1, width)
        let space = UInt8(ascii: " ")
        var start = (byte: 0, codePoint: 0)
        var nextWide = UTF8Run.firstNotASCII(paragraph, from: 0)
        // Code points in `range`, counted only when it is not all ASCII.
        func codePoints(_ range: Range<Int>) -> Int {
            range.upperBound <= nextWide ? range.count : UTF8Run.count(paragraph, in: range)
        }
        while true {
            if start.byte > nextWide { nextWide = UTF8Run.firstNotASCII(paragraph, from: start.byte) }
            // The first scalar that does not fit on the line: past the ASCII before the next wide one.
            let ascii = nextWide - start.byte
            guard let overflow = width < ascii ? start.byte + width
                : UTF8Run.index(paragraph, width - ascii, after: nextWide, end: paragraph.count) else { break }
            let overflowCodePoint = start.codePoint + width
            if paragraph[overflow] == space {
                // The space that does not fit ends this line, invisibly.
                line(start.codePoint..<overflowCodePoint + 1)
                start = (overflow + 1, overflowCodePoint + 1)
            } else if let breakAt = (start.byte..<overflow).last(where: { paragraph[$0] == space }) {
                let breakCodePoint = overflowCodePoint - codePoints(breakAt..<overflow)
                line(start.codePoint..<breakCodePoint + 1)
                start = (breakAt + 1, breakCodePoint + 1)
            } else {
                line(start.codePoint..<overflowCodePoint)
                start = (overflow, overflowCodePoint)
            }
        }
        line(start.codePoint..<start.codePoint + codePoints(start.byte..<paragraph.count))
    }

    /// Greedy wrapping of `items`, each measured at its column: scalars it spans, columns it
    /// takes, whether a line may break after it.
    private static func lineRanges<Items: Sequence>(
        of items: Items, width: Int, measure: (Items.Element, Int) -> (size: Int, width: Int, isSpace: Bool)
    ) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart = 0
        var column = 0
        var breakAfter: Int?       // scalar offset just after the last space on this line
        var widthSinceBreak = 0
        var offset = 0
        for item in items {
            let (size, glyphWidth, isSpace) = measure(item, column)
            if column + glyphWidth > width && column > 0 {
                if isSpace {
                    // The space that does not fit ends this line, invisibly.
                    lines.append(lineStart..<(offset + size))
                    lineStart = offset + size
                    column = 0
                    breakAfter = nil
                    widthSinceBreak = 0
                    offset += size
                    continue
                }
                if let at = breakAfter, at > lineStart {
                    lines.append(lineStart..<at)
                    lineStart = at
                    column = widthSinceBreak
                } else {
                    lines.append(lineStart..<offset)
                    lineStart = offset
                    column = 0
                }
                breakAfter = nil
                widthSinceBreak = 0
            }
            column += glyphWidth
            widthSinceBreak += glyphWidth
            offset += size
            if isSpace {
                breakAfter = offset
                widthSinceBreak = 0
            }
        }
        lines.append(lineStart..<offset)
        return lines
    }

    /// Wrapped lines of a plain string; newlines start new paragraphs.
    public static func wrap(_ string: String, width: Int) -> [String] {
        string.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            let scalars = Array(paragraph.unicodeScalars)
            return lineRanges(paragraph, width: width).map { range in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range])
                return String(view)
            }
        }
    }
}
