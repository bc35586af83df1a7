import Corpus

/// One line of `parley extract --format jsonl`, as far as the library needs it.
struct ExtractLine: Decodable {
    struct Offsets: Decodable {
        var start: Int
        var end: Int
        var span: Span { Span(start, end) }
    }

    struct SegmentLine: Decodable {
        var kind: SegmentKind
        var start: Int
        var end: Int
    }

    struct ActorLine: Decodable {
        var id: String
        var name: String
        var kind: ActorKind
        var role: String?
        var aliases: [String]
        var mentions: [Offsets]
    }

    struct QuoteLine: Decodable {
        var id: String
        var start: Int
        var end: Int
        var text: String
        var kind: QuoteKind
        var speaker: Offsets?
        var actor: String?
        var cue: Offsets?
    }

    struct ClaimLine: Decodable {
        var id: String
        var actor: String
        var topic: String
        var stance: Stance
        var start: Int
        var end: Int
        var quote: String?
    }

    var doc: String
    var path: String
    var title: String
    var segments: [SegmentLine]
    var actors: [ActorLine]
    var quotes: [QuoteLine]
    var claims: [ClaimLine]
}

extension DocumentRecord {
    /// The record of an extracted line; `text` is the article's file when it could be read, which also
    /// gives byline, date and the evidence of claims without a quote.
    init(_ line: ExtractLine, path: String, text: String?, mtime: Double?) {
        let article = text.map(ArticleText.init)
        func first(_ kind: SegmentKind) -> String? {
            guard let article, let segment = line.segments.first(where: { $0.kind == kind }) else { return nil }
            return article.string(Span(segment.start, segment.end))
        }
        self.init(
            doc: line.doc, path: path, contentHash: text.map(ContentHash.of), mtime: mtime, title: line.title,
            byline: first(.byline), date: first(.dateline), text: text ?? "",
            actors: line.actors.map {
                Actor(id: $0.id, name: $0.name, kind: $0.kind, role: $0.role, aliases: $0.aliases, mentions: $0.mentions.map(\.span))
            },
            quotes: line.quotes.map {
                QuoteRow(quote: Quote(id: $0.id, span: Span($0.start, $0.end), kind: $0.kind, speaker: $0.speaker?.span,
                                      cue: $0.cue?.span, actor: $0.actor),
                         text: $0.text)
            },
            claims: line.claims.map { claim in
                let span = Span(claim.start, claim.end)
                return ClaimRow(claim: Claim(id: claim.id, actor: claim.actor, topic: claim.topic, stance: claim.stance,
                                             span: span, quote: claim.quote),
                                text: claim.quote == nil ? article?.string(span) : nil)
            })
    }
}
