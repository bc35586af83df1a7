/// Splits an article into labelled blocks: one block per non-blank line, since news text keeps one
/// paragraph, heading or caption per line.
public enum Segmenter {
    public static func segment(_ text: ArticleText) -> [Segment] {
        let lines = blockSpans(text)
        var classifier = BlockClassifier()
        return lines.map { Segment(kind: kind(of: $0, in: text, after: &classifier), span: $0) }
    }

    /// The kind of the block at `span`, given the blocks before it (the classifier has seen them).
    static func kind(of span: Span, in text: ArticleText, after classifier: inout BlockClassifier) -> SegmentKind {
        kind(of: text.string(span), length: span.length, after: &classifier)
    }

    /// The kind of a block of `length` code points, its text made only when it is looked at.
    static func kind(of block: @autoclosure () -> String, length: Int, after classifier: inout BlockClassifier) -> SegmentKind {
        // Titles, captions and boilerplate are short; a long line is read as prose without looking.
        length <= BlockClassifier.longestLabelledLine ? classifier.classify(block()) : classifier.classifyProse()
    }

    /// Non-blank lines, trimmed of surrounding whitespace.
    static func blockSpans(_ text: ArticleText) -> [Span] {
        var spans: [Span] = []
        var lineStart = 0
        let scalars = text.scalars
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
