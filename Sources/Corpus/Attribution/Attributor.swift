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
            // The block's sentences lie together, in order: a slice of them, not a copy.
            while sentenceIndex < sentences.count, sentences[sentenceIndex].segment < index { sentenceIndex += 1 }
            let first = sentenceIndex
            while sentenceIndex < sentences.count, sentences[sentenceIndex].segment == index { sentenceIndex += 1 }
            guard segment.kind.carriesSpeech else { continue }
            pass.read(BlockContext(scalars: scalars, segment: index, span: segment.span, sentences: sentences[first..<sentenceIndex],
                                   isParagraph: segment.kind == .paragraph))
        }
        return pass.finish()
    }
}
