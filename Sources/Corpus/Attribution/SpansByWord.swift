/// Spans listed by word, for the words an article records by the hundred: each sighting is one entry
/// of a flat list, its word hashed over its bytes (`FNV1a`, as the word lists are), so recording one
/// allocates nothing of its own; the few words asked about later compare hashes along the list.
struct SpansByWord {
    private struct Sighting {
        let hash: UInt64
        let word: String
        let span: Span
    }

    private var sightings: [Sighting] = []

    mutating func append(_ span: Span, to word: String) {
        sightings.append(Sighting(hash: Self.hash(word), word: word, span: span))
    }

    /// Appends to `found` the spans listed under `word`, in the order they were appended.
    func spans(of word: String, into found: inout [Span]) {
        let hash = Self.hash(word)
        for sighting in sightings where sighting.hash == hash && sighting.word == word { found.append(sighting.span) }
    }

    private static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8(FNV1a.hash)
    }
}
