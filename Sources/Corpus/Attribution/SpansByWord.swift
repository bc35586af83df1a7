/// Spans listed by word, for the words an article records by the hundred: each sighting is one entry
/// of flat arrays, its word hashed over its bytes (`FNV1a`, as the word lists are), so recording one
/// allocates nothing of its own; the few words asked about later compare hashes along the list.
struct SpansByWord {
    private var hashes: [UInt64] = []
    private var words: [String] = []
    private var spans: [Span] = []

    mutating func append(_ span: Span, to word: String) {
        hashes.append(Self.hash(word))
        words.append(word)
        spans.append(span)
    }

    /// Appends to `found` the spans listed under `word`, in the order they were appended.
    func spans(of word: String, into found: inout [Span]) {
        let hash = Self.hash(word)
        for entry in hashes.indices where hashes[entry] == hash && words[entry] == word { found.append(spans[entry]) }
    }

    private static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8(FNV1a.hash)
    }
}
