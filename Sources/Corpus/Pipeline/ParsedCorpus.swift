/// A speaker seen across the whole corpus.
public struct CorpusActor: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var role: String?
    public var aliases: [String]
    /// Docs of the articles this actor is quoted or mentioned in.
    public var docs: [String]
    public var quoteCount: Int

    public init(id: String, name: String, kind: ActorKind, role: String?, aliases: [String], docs: [String], quoteCount: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.docs = docs
        self.quoteCount = quoteCount
    }
}

/// The shared, immutable result of parsing a corpus: the articles, with actor ids unified across them.
public struct ParsedCorpus: Sendable {
    public let articles: [Article]
    public let actors: [CorpusActor]

    public init(articles: [Article], actors: [CorpusActor]) {
        self.articles = articles
        self.actors = actors
    }
}

public enum CorpusBuilder {
    /// Extracts every source (in parallel: articles are independent) and unifies actors across them.
    public static func build(_ sources: [SourceText]) -> ParsedCorpus {
        ActorUnifier.unify(ParallelExtraction.extract(sources))
    }

    /// The same, in chunks, telling `progress` how many articles are done after each chunk
    /// (for a reader that shows the corpus while it is parsed).
    public static func build(_ sources: [SourceText], chunk: Int = 512, progress: (Int) -> Void) -> ParsedCorpus {
        var articles: [Article] = []
        articles.reserveCapacity(sources.count)
        for start in stride(from: 0, to: sources.count, by: max(1, chunk)) {
            articles += ParallelExtraction.map(sources[start..<min(sources.count, start + chunk)]) { Extractor.extract($0) }
            progress(articles.count)
        }
        return ActorUnifier.unify(consume articles)
    }
}
