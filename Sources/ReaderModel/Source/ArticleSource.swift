import Corpus

/// Where the reader gets an article when it is opened: files, a library, or texts in memory. The
/// executable implements it, so that the model never reads a file or a database itself.
public protocol ArticleSource: Sendable {
    /// Article `index` of the list (`summaries[index]`), parsed; a few milliseconds.
    func article(at index: Int) -> Result<Article, ArticleUnavailable>
}

/// Why an article in the list cannot be opened (its file vanished or became unreadable), as one line.
public struct ArticleUnavailable: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// Texts already read, extracted when opened.
public struct SourcesInMemory: ArticleSource {
    let sources: [SourceText]

    public init(_ sources: [SourceText]) {
        self.sources = sources
    }

    public func article(at index: Int) -> Result<Article, ArticleUnavailable> {
        .success(Extractor.extract(sources[index]))
    }
}
