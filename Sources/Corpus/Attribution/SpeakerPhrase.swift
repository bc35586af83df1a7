/// The words that name a speaker where a cue is, read before anyone is resolved.
struct SpeakerPhrase: Sendable {
    enum Reading: Sendable, Equatable {
        case pronoun(String)
        /// A proper name, with the role words before it ("Russian Foreign Minister" + "Sergei Lavrov").
        case named(name: String, role: String?, organisation: Bool)
        /// A common noun phrase: "one U.S. official", "analysts", "the minister".
        case common(phrase: String, head: String, definite: Bool, plural: Bool)
    }

    var span: Span
    /// Token indices within the block.
    var tokens: Range<Int>
    var reading: Reading
    /// An appositive that states the role: "Donald Jensen, director of ..., said".
    var appositiveRole: String?

    var isPronoun: Bool {
        if case .pronoun = reading { return true }
        return false
    }
}
