public enum Stance: String, Sendable, Codable, CaseIterable {
    case supports, opposes, demands, rejects, predicts, asserts
}

/// An actor's stated position on a topic, with the span that evidences it.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var actor: String
    /// A short normalised key ("territorial concessions") so that claims of different actors line up.
    public var topic: String
    public var stance: Stance
    public var span: Span
    /// The quote this claim comes from, when it comes from one.
    public var quote: String?

    public init(id: String, actor: String, topic: String, stance: Stance, span: Span, quote: String? = nil) {
        self.id = id
        self.actor = actor
        self.topic = topic
        self.stance = stance
        self.span = span
        self.quote = quote
    }
}
