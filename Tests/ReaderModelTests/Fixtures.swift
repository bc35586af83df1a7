import Corpus
@testable import ReaderModel

/// Hand-made articles with actors, quotes and claims, since the engine does not find them yet.
enum Fixtures {
    /// Builds an article from labelled blocks, one per line; quotes and claims name their text.
    struct Draft {
        var doc: String
        var blocks: [(SegmentKind, String)]
        var actors: [Actor] = []
        var quotes: [(text: String, kind: QuoteKind, actor: String?, speaker: String?)] = []
        var claims: [(actor: String, topic: String, stance: Stance, evidence: String)] = []

        var text: String { blocks.map(\.1).joined(separator: "\n") }

        /// Code-point span of the first `needle` at or after `from`.
        func span(_ needle: String, from: Int = 0) -> Span {
            let scalars = Array(text.unicodeScalars)
            let target = Array(needle.unicodeScalars)
            for start in from...(scalars.count - target.count) where Array(scalars[start..<(start + target.count)]) == target {
                return Span(start, start + target.count)
            }
            fatalError("fixture text lacks \(needle)")
        }

        func build() -> Article {
            var segments: [Segment] = []
            var offset = 0
            for (kind, line) in blocks {
                let length = line.unicodeScalars.count
                if length > 0 { segments.append(Segment(kind: kind, span: Span(offset, offset + length))) }
                offset += length + 1
            }
            var builtQuotes: [Quote] = []
            var searchFrom = 0
            for (number, quote) in quotes.enumerated() {
                let span = span(quote.text, from: searchFrom)
                searchFrom = span.start
                let speaker = quote.speaker.map { self.span($0, from: max(0, span.start - 80)) }
                builtQuotes.append(Quote(id: "\(doc)-q\(number + 1)", span: span, kind: quote.kind, speaker: speaker, actor: quote.actor))
            }
            let builtClaims = claims.enumerated().map { number, claim in
                let evidence = span(claim.evidence)
                let quote = builtQuotes.first { $0.span.overlap(evidence) > 0 && $0.actor == claim.actor }
                return Claim(id: "\(doc)-c\(number + 1)", actor: claim.actor, topic: claim.topic, stance: claim.stance,
                             span: evidence, quote: quote?.id)
            }
            let articleText = ArticleText(text)
            return Article(doc: doc, path: "fixtures/\(doc).txt", text: articleText, title: blocks.first?.1 ?? doc,
                           segments: segments, sentences: [], actors: actors, quotes: builtQuotes, claims: builtClaims)
        }
    }

    static let lavrov = Actor(id: "sergey-lavrov", name: "Sergey Lavrov", kind: .person, role: "Russian Foreign Minister",
                              aliases: ["Lavrov"])
    static let zelensky = Actor(id: "volodymyr-zelensky", name: "Volodymyr Zelensky", kind: .person, aliases: ["Zelensky"])
    static let diplomat = Actor(id: "anon-eu-diplomat", name: "a senior European diplomat", kind: .anonymous)
    static let kremlin = Actor(id: "kremlin", name: "Kremlin", kind: .organisation)
    static let rutte = Actor(id: "mark-rutte", name: "Mark Rutte", kind: .person, role: "NATO Secretary General")
    static let nato = Actor(id: "nato", name: "NATO", kind: .organisation)

    static let talks = Draft(
        doc: "001_talks",
        blocks: [
            (.title, "Talks in Moscow end without a deal"),
            (.byline, "By Anna Petrova"),
            (.dateline, "MOSCOW, January 23"),
            (.paragraph, ""),
            (.paragraph, "Russian Foreign Minister Sergey Lavrov said on Friday that \"there can be no ceasefire without recognition of new realities.\" He added that Moscow was ready to talk."),
            (.paragraph, "Ukrainian President Volodymyr Zelensky rejected the demand. \"We will not trade our land for promises,\" Zelensky said."),
            (.heading, "Sanctions"),
            (.paragraph, "Lavrov called the Western proposals \"white noise\" and said sanctions would fail."),
            (.paragraph, "According to a senior European diplomat, the talks were \"going nowhere.\""),
            (.paragraph, "\"Our position is unchanged,\" Lavrov told reporters. \"The territories are Russian.\""),
            (.paragraph, "Zelensky said Ukraine would keep asking for air defence."),
            (.caption, "Photo: Lavrov arrives at the talks. (Reuters)"),
            (.boilerplate, "Subscribe to our newsletter for more."),
        ],
        actors: [lavrov, zelensky, diplomat, kremlin],
        quotes: [
            ("\"there can be no ceasefire without recognition of new realities.\"", .direct, lavrov.id, "Sergey Lavrov"),
            ("Moscow was ready to talk", .indirect, lavrov.id, "He"),
            ("\"We will not trade our land for promises,\"", .direct, zelensky.id, "Zelensky said"),
            ("\"white noise\"", .partial, lavrov.id, "Lavrov"),
            ("sanctions would fail", .indirect, lavrov.id, nil),
            ("\"going nowhere.\"", .partial, diplomat.id, "a senior European diplomat"),
            ("\"Our position is unchanged,\"", .direct, lavrov.id, "Lavrov told"),
            ("\"The territories are Russian.\"", .direct, lavrov.id, nil),
            ("Ukraine would keep asking for air defence", .indirect, zelensky.id, "Zelensky said Ukraine"),
        ],
        claims: [
            (lavrov.id, "ceasefire", .demands, "there can be no ceasefire without recognition of new realities."),
            (lavrov.id, "sanctions", .predicts, "sanctions would fail"),
            (lavrov.id, "territories", .asserts, "The territories are Russian."),
            (zelensky.id, "territories", .rejects, "We will not trade our land for promises,"),
            (zelensky.id, "air defence", .demands, "Ukraine would keep asking for air defence"),
        ])

    static let summit = Draft(
        doc: "002_summit",
        blocks: [
            (.title, "Geneva summit postponed"),
            (.byline, "By John Smith"),
            (.paragraph, ""),
            (.paragraph, "Lavrov said the summit was \"premature\". \"We see no point in meeting now,\" Lavrov said."),
            (.paragraph, "NATO Secretary General Mark Rutte said the alliance backs Kyiv. \"Our support will not waver,\" Rutte said."),
            (.paragraph, "Zelensky said a ceasefire must come first."),
        ],
        actors: [lavrov, rutte, zelensky, nato],
        quotes: [
            ("\"premature\"", .partial, lavrov.id, "Lavrov said"),
            ("\"We see no point in meeting now,\"", .direct, lavrov.id, "Lavrov said."),
            ("\"Our support will not waver,\"", .direct, rutte.id, "Rutte said"),
            ("a ceasefire must come first", .indirect, zelensky.id, "Zelensky said"),
        ],
        claims: [
            (lavrov.id, "summit", .opposes, "We see no point in meeting now,"),
            (rutte.id, "support for Ukraine", .supports, "Our support will not waver,"),
            (zelensky.id, "ceasefire", .demands, "a ceasefire must come first"),
        ])

    /// Wide, combining and control characters.
    static let unicode = Draft(
        doc: "003_unicode",
        blocks: [
            (.title, "Tokyo 東京 reacts 🎉"),
            (.paragraph, ""),
            (.paragraph, "Caf\u{65}\u{301} owners in 東京都 said \"売り上げが落ちた\" after the talks.\tTabs\tand an escape \u{1B}[31m here."),
        ],
        actors: [Actor(id: "cafe-owners", name: "café owners", kind: .group)],
        quotes: [("\"売り上げが落ちた\"", .direct, "cafe-owners", "owners")])

    static let articles = [talks.build(), summit.build(), unicode.build()]

    /// The corpus with actors merged by id, as the engine's builder does.
    static let corpus: ParsedCorpus = {
        var merged: [String: CorpusActor] = [:]
        var order: [String] = []
        for article in articles {
            for actor in article.actors {
                let quotes = article.quotes.filter { $0.actor == actor.id }.count
                if merged[actor.id] == nil {
                    order.append(actor.id)
                    merged[actor.id] = CorpusActor(id: actor.id, name: actor.name, kind: actor.kind, role: actor.role,
                                                   aliases: actor.aliases, docs: [], quoteCount: 0)
                }
                merged[actor.id]?.docs.append(article.doc)
                merged[actor.id]?.quoteCount += quotes
            }
        }
        return ParsedCorpus(articles: articles, actors: order.compactMap { merged[$0] })
    }()

    /// A reader state at a size, after some keys.
    static func state(_ width: Int = 120, _ height: Int = 40, options: ReaderOptions = ReaderOptions(),
                      keys: [Key] = []) -> ReaderState {
        var state = ReaderState(corpus: corpus, options: options, size: Size(width: width, height: height))
        _ = state.apply(.resize(Size(width: width, height: height)))
        for key in keys { _ = state.apply(.key(key)) }
        return state
    }

    static func keys(_ text: String) -> [Key] { text.map { .char($0) } }
}
