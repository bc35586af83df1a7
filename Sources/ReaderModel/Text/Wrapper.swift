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
    /// wide: no clusters to find, no string to make (a long article is mostly such paragraphs).
    static func lineRanges(plain paragraph: ArraySlice<Unicode.Scalar>, width: Int) -> [Range<Int>] {
        lineRanges(of: paragraph, width: width) { scalar, _ in (1, 1, scalar == " ") }
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
