public struct Attribution: Sendable {
    public var actors: [Actor]
    public var quotes: [Quote]

    public init(actors: [Actor], quotes: [Quote]) {
        self.actors = actors
        self.quotes = quotes
    }
}

/// Finds quotes and their speakers. (Placeholder: finds nothing.)
public enum Attributor {
    public static func attribute(_ text: ArticleText, segments: [Segment], sentences: [Sentence]) -> Attribution {
        Attribution(actors: [], quotes: [])
    }
}
