import Corpus

/// What `parley search` asks for: a full-text query over quotes and claims, narrowed by filters.
public struct SearchQuery: Sendable, Equatable {
    /// FTS5 syntax (`ceasefire OR truce`, `"peace talks"`, `negotiat*`); words that are not valid FTS5
    /// must all appear. Empty: the first quotes and claims indexed that pass the filters, unranked.
    public var text: String
    /// A speaker's name or alias, or the last word of one ("Lavrov" finds "Sergey Lavrov"); any case.
    public var speaker: String?
    /// Part of a topic key ("peace" finds "peace talks" and "peace plan"); any case.
    public var topic: String?
    public var stance: Stance?
    public var kind: QuoteKind?
    public var limit: Int

    public init(text: String, speaker: String? = nil, topic: String? = nil, stance: Stance? = nil,
                kind: QuoteKind? = nil, limit: Int = 20) {
        self.text = text
        self.speaker = speaker
        self.topic = topic
        self.stance = stance
        self.kind = kind
        self.limit = limit
    }
}

/// One quote, or one claim that does not come from a quote, with where it is.
public struct SearchHit: Sendable, Equatable {
    public enum Source: String, Sendable { case quote, claim }

    public var source: Source
    public var doc: String
    public var path: String
    /// The quote's or claim's id within its article.
    public var id: String
    /// Code points into the article's text.
    public var span: Span
    /// The quote's kind; nil for a claim.
    public var kind: QuoteKind?
    public var actor: String?
    public var speaker: String?
    /// From the quote's claim, when it has one.
    public var topic: String?
    public var stance: Stance?
    public var text: String
    /// bm25: lower is a better match; 0 when the query had no words.
    public var score: Double
}

/// An article whose text or title matches a full-text query.
public struct ArticleHit: Sendable, Equatable {
    public var doc: String
    public var path: String
    public var title: String
    public var score: Double
}
