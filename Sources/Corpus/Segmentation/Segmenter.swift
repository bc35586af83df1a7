/// Splits an article into labelled blocks: one block per non-blank line, since news text keeps one
/// paragraph, heading or caption per line.
public enum Segmenter {
    public static func segment(_ text: ArticleText) -> [Segment] { segment(text.scalars) }

    static func segment(_ scalars: [Unicode.Scalar]) -> [Segment] {
        let lines = blockSpans(scalars)
        var classifier = BlockClassifier()
        return lines.map { span in
            func line() -> String { ArticleText.string(scalars[span.start..<span.end]) }
            let kind: SegmentKind
            // Titles, captions and boilerplate are short; a long line is read as prose without looking.
            if span.length > BlockClassifier.longestLabelledLine {
                kind = classifier.classifyProse()
            } else if LineShape.hasManyWords(scalars, span) {
                kind = classifier.classifyManyWords(endsWithParenthesis: scalars[span.end - 1] == ")", line: line)
            } else {
                kind = classifier.classify(line())
            }
            return Segment(kind: kind, span: span)
        }
    }

    /// Non-blank lines, trimmed of surrounding whitespace.
    static func blockSpans(_ scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var lineStart = 0
        for offset in 0...scalars.count where offset == scalars.count || scalars[offset].isLineBreak {
            var start = lineStart
            var end = offset
            while start < end, scalars[start].isSpace { start += 1 }
            while end > start, scalars[end - 1].isSpace { end -= 1 }
            if start < end { spans.append(Span(start, end)) }
            lineStart = offset + 1
        }
        return spans
    }
}
