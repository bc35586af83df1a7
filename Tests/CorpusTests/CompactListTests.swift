import Corpus
import Testing

/// An article keeps its actors, quotes and claims as compact records: what goes in must come back out,
/// whether ids follow the extractor's numbering or not.
struct CompactListTests {
    static let actors = [
        Actor(id: "lavrov", name: "Sergey Lavrov", kind: .person, role: "Foreign Minister", aliases: ["Lavrov"],
              mentions: [Span(0, 6), Span(40, 46)]),
        Actor(id: "kremlin", name: "Kremlin", kind: .organisation),
        Actor(id: "nowak", name: "Anna Nowak", kind: .person, aliases: ["Nowak", "Ms. Nowak"], mentions: [Span(60, 65)]),
    ]

    static func article(quotes: [Quote], claims: [Claim]) -> Article {
        Article(doc: "d", path: "d.txt", text: ArticleText(String(repeating: "x", count: 100)), title: "t", segments: [],
                sentences: [], actors: actors, quotes: quotes, claims: claims)
    }

    @Test func numberedQuotesAndClaimsComeBackAsGiven() {
        let quotes = [
            Quote(id: "q1", span: Span(10, 20), kind: .direct, speaker: Span(0, 6), cue: Span(7, 9), actor: "lavrov"),
            Quote(id: "q2", span: Span(30, 35), kind: .indirect),
            Quote(id: "q3", span: Span(50, 59), kind: .partial, speaker: Span(60, 65), actor: "nowak"),
        ]
        let claims = [
            Claim(id: "c1", actor: "lavrov", topic: "ceasefire", stance: .rejects, span: Span(10, 20), quote: "q1"),
            Claim(id: "c2", actor: "nowak", topic: "sanctions", stance: .supports, span: Span(50, 59), quote: "q3"),
            Claim(id: "c3", actor: "lavrov", topic: "ceasefire", stance: .demands, span: Span(70, 80)),
        ]
        let article = Self.article(quotes: quotes, claims: claims)
        #expect(Array(article.actors) == Self.actors)
        #expect(Array(article.quotes) == quotes)
        #expect(Array(article.claims) == claims)
        #expect(claims.indices.map(article.claims.topic(at:)) == claims.map(\.topic))
    }

    @Test func idsOutsideTheNumberingAreKept() {
        let quotes = [Quote(id: "q7", span: Span(1, 2), kind: .direct), Quote(id: "x", span: Span(3, 4), kind: .direct, actor: "kremlin")]
        let claims = [Claim(id: "claim-a", actor: "kremlin", topic: "peace talks", stance: .asserts, span: Span(3, 4), quote: "x"),
                      Claim(id: "c2", actor: "kremlin", topic: "peace talks", stance: .predicts, span: Span(1, 2), quote: "q07")]
        let article = Self.article(quotes: quotes, claims: claims)
        #expect(Array(article.quotes) == quotes)
        #expect(Array(article.claims) == claims)
    }
}
