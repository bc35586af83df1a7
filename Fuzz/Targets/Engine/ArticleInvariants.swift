import Corpus

/// What must hold of every extraction, whatever the text: spans inside it, segments and quotes in
/// order, every reference to an actor or a quote pointing at one that exists.
enum ArticleInvariants {
    static func violations(_ article: Article, scalarCount: Int) -> [String] {
        var problems: [String] = []
        func inside(_ span: Span?, _ what: @autoclosure () -> String) {
            guard let span else { return }
            if !(0 <= span.start && span.start <= span.end && span.end <= scalarCount) {
                problems.append("\(what()) \(span.start)..<\(span.end) outside 0..<\(scalarCount)")
            }
        }
        if article.text.count != scalarCount { problems.append("text has \(article.text.count) code points, not \(scalarCount)") }

        for segment in article.segments { inside(segment.span, "segment") }
        for (earlier, later) in zip(article.segments, article.segments.dropFirst()) where earlier.span.end > later.span.start {
            problems.append("segments overlap or are out of order at \(later.span.start)")
        }
        for sentence in article.sentences {
            inside(sentence.span, "sentence")
            if !article.segments.indices.contains(sentence.segment) { problems.append("sentence of no segment \(sentence.segment)") }
        }

        let actorIDs = Set(article.actors.map(\.id))
        let quoteIDs = Set(article.quotes.map(\.id))
        if actorIDs.count != article.actors.count { problems.append("duplicate actor ids") }
        if quoteIDs.count != article.quotes.count { problems.append("duplicate quote ids") }
        for actor in article.actors {
            for mention in actor.mentions { inside(mention, "mention of \(actor.id)") }
        }

        let spans = article.quotes.map(\.span)
        if spans != spans.sorted() { problems.append("quotes out of order") }
        for quote in article.quotes {
            inside(quote.span, "quote \(quote.id)")
            inside(quote.speaker, "speaker of \(quote.id)")
            inside(quote.cue, "cue of \(quote.id)")
            if quote.span.isEmpty { problems.append("quote \(quote.id) is empty") }
            if let actor = quote.actor, !actorIDs.contains(actor) { problems.append("quote \(quote.id) by unknown actor \(actor)") }
        }

        for claim in article.claims {
            inside(claim.span, "claim \(claim.id)")
            if !actorIDs.contains(claim.actor) { problems.append("claim \(claim.id) by unknown actor \(claim.actor)") }
            if let quote = claim.quote, !quoteIDs.contains(quote) { problems.append("claim \(claim.id) of unknown quote \(quote)") }
        }
        return problems
    }
}
