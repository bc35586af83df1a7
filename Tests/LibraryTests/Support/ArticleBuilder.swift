import Corpus

/// Builds an article by hand: the text, then quotes and claims placed by the words they cover.
struct ArticleBuilder {
    let doc: String
    let text: String
    private(set) var actors: [Actor] = []
    private(set) var quotes: [Quote] = []
    private(set) var claims: [Claim] = []

    init(doc: String, _ text: String) {
        self.doc = doc
        self.text = text
    }

    /// Code points of the first occurrence of `words`.
    func span(_ words: String) -> Span {
        let scalars = Array(text.unicodeScalars), needle = Array(words.unicodeScalars)
        let start = scalars.indices.first { scalars[$0...].starts(with: needle) } ?? -1
        precondition(start >= 0, "\(words) is not in the text of \(doc)")
        return Span(start, start + needle.count)
    }

    mutating func actor(_ id: String, _ name: String, kind: ActorKind = .person, role: String? = nil, aliases: [String] = []) {
        let mentions = ([name] + aliases).filter { text.contains($0) }.map(span)
        actors.append(Actor(id: id, name: name, kind: kind, role: role, aliases: aliases, mentions: mentions))
    }

    /// A quote by `actor`, and the claim it makes when given a topic and stance.
    mutating func quote(_ words: String, by actor: String?, kind: QuoteKind = .direct, topic: String? = nil, stance: Stance? = nil) {
        let id = "q\(quotes.count + 1)"
        quotes.append(Quote(id: id, span: span(words), kind: kind, actor: actor))
        if let actor, let topic, let stance {
            claims.append(Claim(id: "c\(claims.count + 1)", actor: actor, topic: topic, stance: stance, span: span(words), quote: id))
        }
    }

    /// A claim, from the quote with id `quote` or from none.
    mutating func claim(_ words: String, by actor: String, topic: String, stance: Stance, quote: String? = nil) {
        claims.append(Claim(id: "c\(claims.count + 1)", actor: actor, topic: topic, stance: stance, span: span(words), quote: quote))
    }

    var article: Article {
        let title = String(text.prefix { $0 != "\n" })
        return Article(doc: doc, path: doc + ".txt", text: ArticleText(text), title: title,
                       segments: [Segment(kind: .title, span: Span(0, title.unicodeScalars.count))], sentences: [],
                       actors: actors, quotes: quotes, claims: claims)
    }
}
