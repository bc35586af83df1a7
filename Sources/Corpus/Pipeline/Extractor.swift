/// The single pass from text to structure for one article.
public enum Extractor {
    public static func extract(_ source: SourceText) -> Article {
        let text = ArticleText(source.text)
        // Decoded once for the scanners, and dropped with the article's other working state.
        let scalars = text.scalars
        let segments = Segmenter.segment(scalars)
        let sentences = SentenceSplitter.split(scalars, segments: segments)
        let attribution = Attributor.attribute(scalars, segments: segments, sentences: sentences)
        let claims = ClaimExtractor.extract(scalars, actors: attribution.actors, quotes: attribution.quotes)
        let title = title(segments, text: text, doc: source.doc)
        return Article(doc: source.doc, path: source.path, text: text, title: title, segments: segments.withoutSpareCapacity(),
                       sentences: sentences.withoutSpareCapacity(), actors: attribution.actors.withoutSpareCapacity(),
                       quotes: attribution.quotes.withoutSpareCapacity(), claims: claims.withoutSpareCapacity())
    }

    /// The first title block, else the file stem.
    static func title(_ segments: [Segment], text: ArticleText, doc: String) -> String {
        segments.first { $0.kind == .title }.map { text.string($0.span) } ?? doc
    }
}
