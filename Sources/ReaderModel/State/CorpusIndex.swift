import Corpus

/// A claim by its place in the corpus: article index and index into that article's claims.
public struct ClaimRef: Hashable, Sendable {
    public var article: Int
    public var claim: Int

    public init(article: Int, claim: Int) {
        self.article = article
        self.claim = claim
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
    /// Per article: lowercased title, doc and byline, for the list filter.
    let filterKeys: [FilterKey]
    /// Per article: byline or dateline, when the engine found one.
    let subtitles: [String?]
    /// Per article: quotes and actors, empty until the corpus is parsed.
    let quoteCounts: [Int]
    let actorCounts: [Int]
    /// Every actor in the corpus, most quoted first.
    let corpusActors: [ActorRow]
    /// Empty when the corpus has facts from an index: they are asked for then (`ReaderState.corpusClaims`).
    let claimsByActor: [String: [ClaimRef]]
    private(set) var names: [String: String]

    init(_ corpus: ReaderCorpus) {
        let summaries = corpus.summaries
        subtitles = summaries.map(\.subtitle)
        filterKeys = summaries.map { FilterKey([$0.title, $0.doc, $0.subtitle ?? ""].joined(separator: "\n").lowercased()) }
        // With facts from an index, articles are parsed only when opened, and the index has the counts.
        let articles = corpus.isParsed && corpus.facts == nil ? corpus.articles.indices.map { corpus.articles[$0] } : []
        let counts = corpus.facts?.counts() ?? articles.map { ArticleCounts(quotes: $0.quotes.count, actors: $0.actors.count) }
        quoteCounts = counts.map(\.quotes)
        actorCounts = counts.map(\.actors)
        corpusActors = CorpusIndex.sorted(corpus.actors.map {
            ActorRow(id: $0.id, name: $0.name, kind: $0.kind, quotes: $0.quoteCount)
        })
        var claims: [String: [ClaimRef]] = [:]
        var names: [String: String] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for (claimIndex, claim) in article.claims.enumerated() {
                claims[claim.actor, default: []].append(ClaimRef(article: articleIndex, claim: claimIndex))
            }
            for actor in article.actors where names[actor.id] == nil { names[actor.id] = actor.name }
        }
        for actor in corpus.actors { names[actor.id] = actor.name }
        claimsByActor = claims
        self.names = names
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

    /// The names of an article parsed on its own. Its ids are local to it, so the latest opened wins.
    mutating func learnNames(of article: Article) {
        for actor in article.actors { names[actor.id] = actor.name }
    }
}
