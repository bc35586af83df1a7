/// Splits an article into labelled blocks. (Placeholder: every non-blank line is a paragraph.)
public enum Segmenter {
    public static func segment(_ text: ArticleText) -> [Segment] {
        var segments: [Segment] = []
        var lineStart = 0
        for offset in 0...text.count {
            if offset == text.count || text[offset] == "\n" {
                let span = Span(lineStart, offset)
                if (lineStart..<offset).contains(where: { !text[$0].properties.isWhitespace }) {
                    segments.append(Segment(kind: segments.isEmpty ? .title : .paragraph, span: span))
                }
                lineStart = offset + 1
            }
        }
        return segments
    }
}
