/// What a statement's words say of its topic and stance, found in one pass over it rather than one
/// pass for each.
struct ClaimSignals {
    /// The topic whose stems the statement holds most; nil when it holds none.
    let topic: String?
    /// The stance its words give, whatever its cue says.
    let stance: Stance

    // Stance words are matched between spaces at the statement's ends ("back ", "will "); no topic
    // stem starts or ends with a space, so the padding finds none that the bare statement would not.
    private static let matcher = StemMatcher(TopicLexicon.stems + StanceRules.words)

    init(in content: ArraySlice<Unicode.Scalar>) {
        (topic, stance) = Self.matcher.withMatches(in: content, between: UInt8(ascii: " ")) { found in
            let topicStems = TopicLexicon.stems.count
            return (TopicLexicon.topic(found: UnsafeBufferPointer(rebasing: found[..<topicStems])),
                    StanceRules.stance(found: UnsafeBufferPointer(rebasing: found[topicStems...])))
        }
    }
}
