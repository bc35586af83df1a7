import Corpus

/// One screen line of an article: a range of code points into its text. A spacer line
/// (between paragraphs) is empty and sits at the offset of the newline it stands for.
public struct DocLine: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// An article's text wrapped to a width: non-blank source lines become paragraphs, one blank
/// line apart. Lines keep code-point offsets so that anything (quotes, matches, a reading
/// position) maps to a line by binary search.
public struct DocumentLayout: Hashable, Sendable {
    public let width: Int
    public let lines: [DocLine]

    public init(text: ArticleText, width: Int) {
        self.init(text: text, scalars: text.scalars, width: width)
    }

    /// With the text's code points already decoded (`text.scalars`): opening an article decodes them
    /// once for this and for search.
    init(text: ArticleText, scalars: [Unicode.Scalar], width: Int) {
        self.width = width
        var lines: [DocLine] = []
        var lineStart = 0
        for offset in 0...scalars.count where offset == scalars.count || scalars[offset] == "\n" {
            let end = offset > lineStart && scalars[offset - 1] == "\r" ? offset - 1 : offset
            let span = Span(lineStart, end)
            lineStart = offset + 1
            guard (span.start..<span.end).contains(where: { !scalars[$0].properties.isWhitespace }) else { continue }
            if !lines.isEmpty { lines.append(DocLine(start: span.start, end: span.start)) }
            let line = scalars[span.start..<span.end]
            let ranges = line.allSatisfy(Glyph.isPlain)
                ? Wrapper.lineRanges(plain: line, width: width) : Wrapper.lineRanges(text.string(span), width: width)
            for range in ranges {
                lines.append(DocLine(start: span.start + range.lowerBound, end: span.start + range.upperBound))
            }
        }
        self.lines = lines
    }

    public var count: Int { lines.count }

    /// The line showing `offset`: the last line starting at or before it.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}
