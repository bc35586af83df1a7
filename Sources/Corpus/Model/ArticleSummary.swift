/// What the corpus list needs of an article, found without extracting it: segmenting is cheap,
/// attribution is not.
public struct ArticleSummary: Sendable, Hashable {
    public let doc: String
    public let path: String
    public let title: String
    /// Byline, else dateline, when the segmenter finds one.
    public let subtitle: String?

    public init(doc: String, path: String, title: String, subtitle: String?) {
        self.doc = doc
        self.path = path
        self.title = title
        self.subtitle = subtitle
    }

    /// The summary of a parsed article; equal to summarizing its source, since both segment alike.
    public init(_ article: Article) {
        self.init(doc: article.doc, path: article.path, title: article.title, subtitle: article.byline ?? article.dateline)
    }
}
