import Corpus

/// The articles as the reader holds them: summaries from the start, parsed articles as they come,
/// one at a time when opened (from an `ArticleSource`), then all at once with corpus-wide actor ids,
/// or, with `CorpusFacts`, corpus-wide actors and claims asked of an index and no parse of the whole.
public struct ReaderCorpus: Sendable {
    public private(set) var summaries: [ArticleSummary]
    /// Summaries made so far, from the first; those after are stand-ins until `summariesArrived`.
    public private(set) var listed: Int
    /// Kept until the whole corpus arrives, to get an article when it is opened.
    private var source: (any ArticleSource)?
    let facts: (any CorpusFacts)?
    public private(set) var articles: ArticleShelf
    public private(set) var actors: [CorpusActor]
    /// Corpus-wide actors and claims are known: every article is parsed, or an index has them.
    public private(set) var isParsed: Bool
    /// Claims of articles not parsed, as the facts gave them.
    private var factClaims: [ClaimRef: CorpusClaim] = [:]

    public init(_ corpus: ParsedCorpus) {
        summaries = corpus.articles.map(ArticleSummary.init)
        listed = summaries.count
        source = nil
        facts = nil
        articles = ArticleShelf(corpus.articles)
        actors = corpus.actors
        isParsed = true
    }

    /// A corpus still to be parsed: `summaries[i]` summarizes `sources[i]`.
    public init(sources: [SourceText], summaries: [ArticleSummary]) {
        precondition(sources.count == summaries.count, "one summary per source")
        self.init(summaries: summaries, source: SourcesInMemory(sources))
    }

    /// Articles from `source` when opened; the corpus-wide view from `facts` at once when given, else
    /// from `load` once the whole corpus is parsed. Only the first `listed` summaries are made yet, when given.
    public init(summaries: [ArticleSummary], source: any ArticleSource, facts: (any CorpusFacts)? = nil, listed: Int? = nil) {
        self.summaries = summaries
        self.listed = min(listed ?? summaries.count, summaries.count)
        self.source = source
        self.facts = facts
        articles = ArticleShelf(count: summaries.count)
        actors = facts?.actors() ?? []
        isParsed = facts != nil
    }

    public var count: Int { summaries.count }

    /// Summaries made after the first frame, for the articles from `start` on, replacing stand-ins.
    mutating func summariesArrived(_ batch: [ArticleSummary], at start: Int) {
        let range = start..<min(start + batch.count, summaries.count)
        summaries.replaceSubrange(range, with: batch.prefix(range.count))
        if range.lowerBound <= listed { listed = max(listed, range.upperBound) }
    }

    /// Gets article `index` on its own if it is not parsed yet (a few milliseconds).
    mutating func parse(_ index: Int) -> Result<Void, ArticleUnavailable> {
        guard !articles.contains(index) else { return .success(()) }
        guard let source else { preconditionFailure("an unparsed article without a source") }
        return source.article(at: index).map { articles.store($0, at: index) }
    }

    /// Takes the whole parsed corpus, replacing articles parsed on their own.
    mutating func load(_ corpus: ParsedCorpus) {
        precondition(corpus.articles.count == count, "the parsed corpus has the articles summarized")
        articles = ArticleShelf(corpus.articles)
        actors = corpus.actors
        source = nil
        isParsed = true
    }

    /// Every claim by `actor` across the corpus, in corpus order; from the facts, remembered for `claim(_:)`.
    mutating func claims(by actor: String) -> [ClaimRef] {
        guard let facts else { return [] }
        let found = facts.claims(by: actor)
        for claim in found { factClaims[claim.ref] = claim }
        return found.map(\.ref).sorted { ($0.article, $0.claim) < ($1.article, $1.claim) }
    }

    /// A claim anywhere in the corpus, from its article when parsed.
    public func claim(_ ref: ClaimRef) -> Claim {
        if let claims = parsedClaims(of: ref) { return claims[ref.claim] }
        guard let known = factClaims[ref] else { preconditionFailure("claim \(ref) read before it was listed") }
        return known.claim
    }

    /// Claims grouped by topic, each group in the order given. Topics are read without making the
    /// claims, and an article's claims are taken once for each run of refs into it (refs come in corpus
    /// order): taking them for every ref copied the whole article each time, most of the cost of
    /// comparing the most quoted actors, who have thousands of claims.
    public func byTopic(_ refs: [ClaimRef]) -> [String: [ClaimRef]] {
        var groups: [String: [ClaimRef]] = [:]
        var claims: (article: Int, list: ClaimList?) = (-1, nil)
        for ref in refs {
            if ref.article != claims.article {
                claims = (ref.article, articles.contains(ref.article) ? articles[ref.article].claims : nil)
            }
            let topic = claims.list.flatMap { $0.indices.contains(ref.claim) ? $0.topic(at: ref.claim) : nil }
            groups[topic ?? claim(ref).topic, default: []].append(ref)
        }
        return groups
    }

    /// The text evidencing a claim.
    public func evidence(_ ref: ClaimRef) -> String {
        if parsedClaims(of: ref) != nil { return articles[ref.article].text.string(claim(ref).span) }
        guard let facts, let known = factClaims[ref] else { return "" }
        return facts.evidence(of: known)
    }

    /// The claims of the ref's article when it is parsed and has the claim (an index made by another
    /// engine version may number them otherwise: then the index's own copy is shown).
    private func parsedClaims(of ref: ClaimRef) -> ClaimList? {
        guard articles.contains(ref.article) else { return nil }
        let claims = articles[ref.article].claims
        return claims.indices.contains(ref.claim) ? claims : nil
    }
}

/// Parsed articles by corpus index; reading one not yet parsed is a programming error.
public struct ArticleShelf: Sendable {
    /// A whole corpus is kept as the parsed corpus holds it, not copied into slots.
    private enum Storage {
        case all([Article])
        case some([Article?])
    }

    private var storage: Storage

    init(_ articles: [Article]) { storage = .all(articles) }
    init(count: Int) { storage = .some(Array(repeating: nil, count: count)) }

    public var count: Int { indices.count }

    public var indices: Range<Int> {
        switch storage {
        case .all(let articles): articles.indices
        case .some(let slots): slots.indices
        }
    }

    public func contains(_ index: Int) -> Bool {
        switch storage {
        case .all(let articles):
            precondition(articles.indices.contains(index), "article \(index) out of range")
            return true
        case .some(let slots): return slots[index] != nil
        }
    }

    public subscript(index: Int) -> Article {
        switch storage {
        case .all(let articles): return articles[index]
        case .some(let slots):
            guard let article = slots[index] else { preconditionFailure("article \(index) read before it was parsed") }
            return article
        }
    }

    mutating func store(_ article: Article, at index: Int) {
        guard case .some(var slots) = storage else { preconditionFailure("a whole corpus takes no single articles") }
        storage = .some([])
        slots[index] = article
        storage = .some(slots)
    }
}
