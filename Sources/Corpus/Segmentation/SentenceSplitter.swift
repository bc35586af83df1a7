/// Splits blocks into sentences. (Placeholder: one sentence per block.)
public enum SentenceSplitter {
    public static func split(_ text: ArticleText, segments: [Segment]) -> [Sentence] {
        segments.enumerated().map { Sentence(span: $0.element.span, segment: $0.offset) }
    }
}
