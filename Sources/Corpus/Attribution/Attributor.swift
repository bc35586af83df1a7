public struct Attribution: Sendable {
    public var actors: [Actor]
    public var quotes: [Quote]

    public init(actors: [Actor], quotes: [Quote]) {
        self.actors = actors
        self.quotes = quotes
    }
}

/// Finds quotes and their speakers in one pass over the speech-carrying blocks.
public enum Attributor {
    public static func attribute(_ text: ArticleText, segments: [Segment], sentences: [Sentence]) -> Attribution {
        attribute(text.scalars, segments: segments, sentences: sentences)
    }

    static func attribute(_ scalars: [Unicode.Scalar], segments: [Segment], sentences: [Sentence]) -> Attribution {
        var pass = AttributionPass(scalars: scalars)
        var sentenceIndex = 0
        for (index, segment) in segments.enumerated() {
            var spans: [Span] = []
            while sentenceIndex < sentences.count, sentences[sentenceIndex].segment <= index {
                if sentences[sentenceIndex].segment == index { spans.append(sentences[sentenceIndex].span) }
                sentenceIndex += 1
            }
            guard segment.kind.carriesSpeech else { continue }
            pass.read(BlockContext(scalars: scalars, segment: index, span: segment.span, sentenceSpans: spans,
                                   isParagraph: segment.kind == .paragraph))
        }
        return pass.finish()
    }
}
