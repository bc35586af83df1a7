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

/// Facts about the corpus the reader asks for on every keystroke, computed once.
public struct CorpusIndex: Sendable {
    /// Per article: lowercased title, doc and byline, for the list filter.
    let filterKeys: [String]
    /// Per article: byline or dateline, when the engine found one.
    let subtitles: [String?]
    let quoteCounts: [Int]
    let actorCounts: [Int]
    /// Every actor in the corpus, most quoted first.
    let corpusActors: [ActorRow]
    let claimsByActor: [String: [ClaimRef]]
    let names: [String: String]

    init(_ corpus: ParsedCorpus) {
        let articles = corpus.articles
        let subtitles = articles.map { $0.byline ?? $0.dateline }
        self.subtitles = subtitles
        filterKeys = articles.indices.map { index in
            [articles[index].title, articles[index].doc, subtitles[index] ?? ""].joined(separator: "\n").lowercased()
        }
        quoteCounts = articles.map(\.quotes.count)
        actorCounts = articles.map(\.actors.count)
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
}
