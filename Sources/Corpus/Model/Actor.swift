public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person, organisation, group, anonymous
}

/// Someone who speaks in an article: a person, an organisation or government, a group, an anonymous source.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    /// Stable across the corpus: the same person has the same id in every article.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// Role or title when stated ("Russian Foreign Minister").
    public var role: String?
    /// Other surface forms seen for this actor ("Sergey Lavrov", "Lavrov", "the minister").
    public var aliases: [String]
    public var mentions: [Span]

    public init(id: String, name: String, kind: ActorKind, role: String? = nil, aliases: [String] = [], mentions: [Span] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.aliases = aliases
        self.mentions = mentions
    }
}
