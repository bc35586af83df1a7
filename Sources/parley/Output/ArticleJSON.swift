import Corpus

/// The `parley extract` record of one article (schema in README.md).
enum ArticleJSON {
    static func value(_ article: Article) -> JSONWriter.Value {
        let text = article.text
        func span(_ span: Span?) -> JSONWriter.Value {
            guard let span else { return .raw("null") }
            return .object([("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(text.string(span)))])
        }
        let names = Dictionary(article.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return .object([
            ("doc", .string(article.doc)),
            ("path", .string(article.path)),
            ("title", .string(article.title)),
            ("segments", .array(article.segments.map {
                .object([("kind", .string($0.kind.rawValue)), ("start", .int($0.span.start)), ("end", .int($0.span.end))])
            })),
            ("actors", .array(article.actors.map { actor in
                .object([
                    ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                    ("role", .string(actor.role)), ("aliases", .array(actor.aliases.map { .string($0) })),
                    ("mentions", .array(actor.mentions.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })),
                ])
            })),
            ("quotes", .array(article.quotes.map { quote in
                .object([
                    ("id", .string(quote.id)), ("start", .int(quote.span.start)), ("end", .int(quote.span.end)),
                    ("text", .string(text.string(quote.span))), ("kind", .string(quote.kind.rawValue)),
                    ("speaker", span(quote.speaker)), ("actor", .string(quote.actor)),
                    ("entity", .string(quote.actor.flatMap { names[$0] })), ("cue", span(quote.cue)),
                ])
            })),
            ("claims", .array(article.claims.map { claim in
                .object([
                    ("id", .string(claim.id)), ("actor", .string(claim.actor)), ("topic", .string(claim.topic)),
                    ("stance", .string(claim.stance.rawValue)), ("start", .int(claim.span.start)),
                    ("end", .int(claim.span.end)), ("quote", .string(claim.quote)),
                ])
            })),
        ])
    }
}
