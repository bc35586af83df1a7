/// Turns attributed quotes into positions: who holds which stance on which topic, with the evidence.
public enum ClaimExtractor {
    public static func extract(_ text: ArticleText, sentences: [Sentence], actors: [Actor], quotes: [Quote]) -> [Claim] {
        var claims: [Claim] = []
        for quote in quotes {
            guard let actor = quote.actor else { continue }
            let content = text.string(quote.span)
            let cue = quote.cue.map { text.string($0) }
            let speaker = actors.first { $0.id == actor }?.name
            let signals = ClaimSignals(in: content)
            let topic = TopicLexicon.topic(found: signals.topicStems) ?? TopicLexicon.subjectName(of: content, speaker: speaker)
                ?? TopicLexicon.keyword(of: content)
            claims.append(Claim(id: "c\(claims.count + 1)", actor: actor, topic: topic,
                                stance: StanceRules.stance(cue: cue, found: signals.stanceWords), span: quote.span, quote: quote.id))
        }
        return claims
    }
}
