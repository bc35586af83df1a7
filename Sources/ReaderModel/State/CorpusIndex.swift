import Corpus

/// A claim by its place in the corpus: article index and index into that article's claims.
/// Kept as two 32-bit numbers: the reader holds a ref for every claim of the corpus.
public struct ClaimRef: Hashable, Sendable {
    private var storedArticle: Int32
    private var storedClaim: Int32

    public init(article: Int, claim: Int) {
        storedArticle = Int32(article)
        storedClaim = Int32(claim)
    }

    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(newValue) }
    }

    public var claim: Int {
        get { Int(storedClaim) }
        set { storedClaim = Int32(newValue) }
    }
}

/// One row of the Actors sidebar.
public struct ActorRow: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var quotes: Int
}

/// Facts about the corpus the reader asks for on every keystroke, computed once: from the
/// summaries while the corpus is parsed, then again from the parsed corpus.
public struct CorpusIndex: Sendable {
    /// Per article: lowercased title, doc and byline, for the list filter; made with a parsed corpus,
    /// else when first filtered.
    var filterKeys: FilterKeys { deferredFilterKeys.value }
    private var deferredFilterKeys: Deferred<FilterKeys>
    /// Per article: byline or dateline, when the engine found one.
    private(set) var subtitles: [String?]
    /// Per article: quotes and actors, empty until the corpus is parsed (or an index has counted them).
    private(set) var quoteCounts: [Int]
    private(set) var actorCounts: [Int]
    /// Every actor in the corpus, most quoted first.
    let corpusActors: [ActorRow]
    /// Empty when the corpus has facts from an index: they are asked for then (`ReaderState.corpusClaims`).
    let claimsByActor: ClaimsByActor
    private(set) var names: [String: String]

    init(_ corpus: ReaderCorpus) {
        let summaries = corpus.summaries
        subtitles = summaries.map(\.subtitle)
        // With the corpus parsed, while summaries no longer come in batches, the keys are made now rather
        // than on the first letter typed: a load costs far more anyway (the claims of every actor, below).
        let isWhole = corpus.isParsed && corpus.facts == nil
        deferredFilterKeys = isWhole ? Deferred(made: FilterKeys(summaries)) : Self.filterKeys(summaries)
        // With facts from an index, articles are parsed only when opened; counts come with `countsLoaded`.
        let articles = isWhole ? corpus.articles.indices : 0..<0
        quoteCounts = articles.map { corpus.articles[$0].quotes.count }
        actorCounts = articles.map { corpus.articles[$0].actors.count }
        corpusActors = CorpusIndex.sorted(corpus.actors.map {
            ActorRow(id: $0.id, name: $0.name, kind: $0.kind, quotes: $0.quoteCount)
        })
        claimsByActor = ClaimsByActor(corpus, articles: articles)
        var names: [String: String] = [:]
        for articleIndex in articles {
            for actor in corpus.articles[articleIndex].actors where names[actor.id] == nil { names[actor.id] = actor.name }
        }
        for actor in corpus.actors { names[actor.id] = actor.name }
        self.names = names
    }

    private static func filterKeys(_ summaries: [ArticleSummary]) -> Deferred<FilterKeys> {
        Deferred { FilterKeys(summaries) }
    }

    /// Summaries replaced stand-ins from `start` on; `summaries` are all of them now.
    mutating func summariesArrived(_ batch: [ArticleSummary], at start: Int, summaries: [ArticleSummary]) {
        subtitles.replaceSubrange(start..<min(start + batch.count, subtitles.count), with: batch.map(\.subtitle).prefix(subtitles.count - start))
        deferredFilterKeys = Self.filterKeys(summaries)
    }

    static func sorted(_ rows: [ActorRow]) -> [ActorRow] {
        rows.sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.name < $1.name }
    }

    func name(of actor: String?) -> String? {
        actor.map { names[$0] ?? $0 }
    }

    /// "3q 2a", or nil while the article's counts are unknown.
    func counts(of article: Int) -> String? {
        quoteCounts.indices.contains(article) ? "\(quoteCounts[article])q \(actorCounts[article])a" : nil
    }

    /// Counts from elsewhere (an index), one per article.
    mutating func countsLoaded(_ counts: [ArticleCounts]) {
        quoteCounts = counts.map(\.quotes)
        actorCounts = counts.map(\.actors)
    }

    /// The names of an article parsed on its own. Its ids are local to it, so the latest opened wins.
    mutating func learnNames(of article: Article) {
        for actor in article.actors { names[actor.id] = actor.name }
    }
}
