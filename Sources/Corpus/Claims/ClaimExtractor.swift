/// Turns attributed quotes into positions: who holds which stance on which topic, with the evidence.
public enum ClaimExtractor {
    /// Reads the quotes' code points from `scalars`, the article's, as the scanners do: their strings
    /// are made only for the statements whose topic is not in the lexicon.
    public static func extract(_ scalars: [Unicode.Scalar], actors: [Actor], quotes: [Quote]) -> [Claim] {
        var claims: [Claim] = []
        // A claim per attributed quote at most: grown once, not copied as it grows.
        claims.reserveCapacity(quotes.count)
        for quote in quotes {
            guard let actor = quote.actor else { continue }
            let content = scalars[clamped(quote.span, to: scalars.count)]
            let signals = ClaimSignals(in: content)
            let topic = signals.topic ?? {
                let content = ArticleText.string(content)
                let speaker = actors.first { $0.id == actor }?.name
                return TopicLexicon.subjectName(of: content, speaker: speaker) ?? TopicLexicon.keyword(of: content)
            }()
            let stance = quote.cue.flatMap { StanceRules.stance(ofCue: scalars[clamped($0, to: scalars.count)]) } ?? signals.stance
            claims.append(Claim(id: "c\(claims.count + 1)", actor: actor, topic: topic, stance: stance, span: quote.span, quote: quote.id))
        }
        return claims
    }

    /// The offsets of `span` within a text of `count` code points, as `ArticleText.string` clamps them.
    private static func clamped(_ span: Span, to count: Int) -> Range<Int> {
        let lower = max(0, min(span.start, count))
        return lower..<max(lower, min(span.end, count))
    }
}
