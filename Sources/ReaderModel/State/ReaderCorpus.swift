import Corpus

/// The articles as the reader holds them: summaries from the start, parsed articles as they come,
/// one at a time when opened, then all at once with corpus-wide actor ids.
public struct ReaderCorpus: Sendable {
    public let summaries: [ArticleSummary]
    /// Kept until the whole corpus arrives, to extract an article when it is opened.
    private var sources: [SourceText]
    public private(set) var articles: ArticleShelf
    public private(set) var actors: [CorpusActor]
    /// Every article parsed, with actor ids unified across the corpus.
    public private(set) var isParsed: Bool

    public init(_ corpus: ParsedCorpus) {
        summaries = corpus.articles.map(ArticleSummary.init)
        sources = []
        articles = ArticleShelf(corpus.articles)
        actors = corpus.actors
        isParsed = true
    }

    /// A corpus still to be parsed: `summaries[i]` summarizes `sources[i]`.
    public init(sources: [SourceText], summaries: [ArticleSummary]) {
        precondition(sources.count == summaries.count, "one summary per source")
        self.summaries = summaries
        self.sources = sources
        articles = ArticleShelf(count: sources.count)
        actors = []
        isParsed = false
    }

    public var count: Int { summaries.count }

    /// Extracts article `index` on its own if it is not parsed yet (a few milliseconds).
    mutating func parse(_ index: Int) {
        if !articles.contains(index) { articles.store(Extractor.extract(sources[index]), at: index) }
    }

    /// Takes the whole parsed corpus, replacing articles parsed on their own.
    mutating func load(_ corpus: ParsedCorpus) {
        precondition(corpus.articles.count == count, "the parsed corpus has the articles summarized")
        articles = ArticleShelf(corpus.articles)
        actors = corpus.actors
        sources = []
        isParsed = true
    }
}

/// Parsed articles by corpus index; reading one not yet parsed is a programming error.
public struct ArticleShelf: Sendable {
    private var slots: [Article?]

    init(_ articles: [Article]) { slots = articles }
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    public var count: Int { slots.count }
    public var indices: Range<Int> { slots.indices }
    public func contains(_ index: Int) -> Bool { slots[index] != nil }

    public subscript(index: Int) -> Article {
        guard let article = slots[index] else { preconditionFailure("article \(index) read before it was parsed") }
        return article
    }

    mutating func store(_ article: Article, at index: Int) { slots[index] = article }
}
