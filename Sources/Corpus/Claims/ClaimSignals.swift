/// The topic stems and stance words a statement holds, found in one pass over it rather than one
/// pass for each.
struct ClaimSignals {
    /// One flag per stem of `TopicLexicon.stems`.
    let topicStems: ArraySlice<Bool>
    /// One flag per word of `StanceRules.words`.
    let stanceWords: ArraySlice<Bool>

    // Stance words are matched between spaces at the statement's ends ("back ", "will "); no topic
    // stem starts or ends with a space, so the padding finds none that the bare statement would not.
    private static let matcher = StemMatcher(TopicLexicon.stems + StanceRules.words)

    init(in content: String) {
        var content = content
        let found = content.withUTF8 { Self.matcher.matches(in: $0, between: UInt8(ascii: " ")) }
        topicStems = found[..<TopicLexicon.stems.count]
        stanceWords = found[TopicLexicon.stems.count...]
    }
}
