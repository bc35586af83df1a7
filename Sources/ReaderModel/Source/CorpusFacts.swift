import Corpus

/// The whole corpus's actors and claims, kept somewhere that answers at once (a library index), so the
/// reader needs no parse of every article. Actor ids are those of the articles `ArticleSource` gives.
public protocol CorpusFacts: Sendable {
    /// Every actor, with its corpus-wide id and quote count.
    func actors() -> [CorpusActor]
    /// Every claim by `actor`, in any order.
    func claims(by actor: String) -> [CorpusClaim]
    /// The text evidencing a claim, asked for the claims on screen only.
    func evidence(of claim: CorpusClaim) -> String
}

/// One claim somewhere in the corpus, known without its article parsed.
public struct CorpusClaim: Hashable, Sendable {
    public var ref: ClaimRef
    public var claim: Claim
    /// What the facts find the claim's evidence by (a row of an index).
    public var key: Int64

    public init(ref: ClaimRef, claim: Claim, key: Int64) {
        self.ref = ref
        self.claim = claim
        self.key = key
    }
}

/// The list's numbers for one article, which may arrive after the first frame (`ReaderSession.countsDidLoad`).
public struct ArticleCounts: Hashable, Sendable {
    public var quotes: Int
    public var actors: Int

    public init(quotes: Int, actors: Int) {
        self.quotes = quotes
        self.actors = actors
    }
}
