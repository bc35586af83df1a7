public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// A whole quotation.
    case direct
    /// A quoted fragment inside a paraphrase: he called it "white noise".
    case partial
    /// Reported speech: X said that..., according to X...
    case indirect
}

/// A span of text with its speaker: the content, the mention naming the speaker, and the cue ("said").
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var span: Span
    public var kind: QuoteKind
    /// The mention that names the speaker here ("he", "Lavrov"); nil when nobody is named.
    public var speaker: Span?
    public var cue: Span?
    /// Id of the actor the quote is attributed to.
    public var actor: String?

    public init(id: String, span: Span, kind: QuoteKind, speaker: Span? = nil, cue: Span? = nil, actor: String? = nil) {
        self.id = id
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.actor = actor
    }
}
