/// Splits an article into labelled blocks: one block per non-blank line, since news text keeps one
/// paragraph, heading or caption per line.
public enum Segmenter {
    public static func segment(_ text: ArticleText) -> [Segment] { segment(text.scalars) }

    static func segment(_ scalars: [Unicode.Scalar]) -> [Segment] {
        let lines = blockSpans(scalars)
        var classifier = BlockClassifier()
        return lines.map { span in
            func line() -> String { ArticleText.string(scalars[span.start..<span.end]) }
            // A short line of many words is told from prose without making it a String.
            let kind = span.length <= BlockClassifier.longestLabelledLine && LineShape.hasManyWords(scalars, span)
                ? classifier.classifyManyWords(endsWithParenthesis: scalars[span.end - 1] == ")", line: line)
                : Self.kind(of: line(), length: span.length, after: &classifier)
            return Segment(kind: kind, span: span)
        }
    }

    /// The kind of a block of `length` code points, its text made only when it is looked at 
    static func kind(of block: @autoclosure () -> String, length: Int, after classifier: inout BlockClassifier) -> SegmentKind {
        // Titles, captions and boilerplate are short; a long line is read as prose without looking.
        length <= BlockClassifier.longestLabelledLine ? classifier.classify(block()) : classifier.classifyProse()
    }

    /// Non-blank lines, trimmed of surrounding whitespace.
    static func blockSpans(_ scalars: [Unicode.Scalar]) -> [Span] {
        scalars.withUnsafeBufferPointer { scalars in
            var spans: [Span] = []
            var lineStart = 0
            while lineStart <= scalars.count {
                let lineEnd = lineBreak(in: scalars, from: lineStart)
                var start = lineStart
                var end = lineEnd
                while start < end, scalars[start].isSpace { start += 1 }
                while end > start, scalars[end - 1].isSpace { end -= 1 }
                if start < end { spans.append(Span(start, end)) }
                lineStart = lineEnd + 1
            }
            return spans
        }
    }

    /// The first line break at or after `offset`, else the end. Every code point passes here: runs
    /// without a control character or a Unicode line break are passed over together.
    private static func lineBreak(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from offset: Int) -> Int {
        var offset = offset
        while offset < scalars.count {
            offset = ScalarRuns.skip(scalars, from: offset, to: scalars.count) { value in
                ScalarRuns.below(value, 0x0E) | ScalarRuns.equal(value | 1, 0x2029)
            }
            let runEnd = min(offset + ScalarRuns.width, scalars.count)
            while offset < runEnd {
                if scalars[offset].isLineBreak { return offset }
                offset += 1
            }
        }
        return offset
    }
}
