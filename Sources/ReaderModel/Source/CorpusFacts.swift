import Corpus

/// The whole corpus's actors and claims, kept somewhere that answers at once (a library index), so the
/// reader needs no parse of every article. Actor ids are those of the articles `ArticleSource` gives.
public protocol CorpusFacts: Sendable {
    /// Every actor, with its corpus-wide id and quote count.
    func actors() -> [CorpusActor]
    /// Every claim by `actor`, in corpus order.
    func claims(by actor: String) -> [CorpusClaim]
    /// Quotes and actors per article (`summaries` order), or nil when unknown.
    func counts() -> [ArticleCounts]?
}

/// One claim somewhere in the corpus, with the text that evidences it, known without its article parsed.
public struct CorpusClaim: Hashable, Sendable {
    public var ref: ClaimRef
    public var claim: Claim
    public var evidence: String

    public init(ref: ClaimRef, claim: Claim, evidence: String) {
        self.ref = ref
        self.claim = claim
        self.evidence = evidence
    }
}

public struct ArticleCounts: Hashable, Sendable {
    public var quotes: Int
    public var actors: Int

    public init(quotes: Int, actors: Int) {
        self.quotes = quotes
        self.actors = actors
    }
}
