/// Article summaries for the corpus list, a small fraction of the cost of extraction.
public enum Summarizer {
    public static func summarize(_ source: SourceText) -> ArticleSummary {
        let text = ArticleText(source.text)
        let segments = Segmenter.segment(text)
        func first(_ kind: SegmentKind) -> String? { segments.first { $0.kind == kind }.map { text.string($0.span) } }
        return ArticleSummary(doc: source.doc, path: source.path, title: Extractor.title(segments, text: text, doc: source.doc),
                              subtitle: first(.byline) ?? first(.dateline))
    }

    /// Every source summarized, in parallel, in order.
    public static func summarize(_ sources: [SourceText]) -> [ArticleSummary] {
        ParallelExtraction.map(sources[...], summarize)
    }
}
