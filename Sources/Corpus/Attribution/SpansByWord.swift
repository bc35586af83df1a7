/// Spans listed by word, for the words an article records by the hundred: words are hashed over their
/// bytes (`FNV1a`, as the word lists are), which costs a fraction of `String`'s SipHash on short words.
struct SpansByWord {
    /// Entry index + 1 per slot, 0 for an empty slot; a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)
    private var words: [String] = []
    private var hashes: [UInt64] = []
    private var spans: [[Span]] = []

    mutating func append(_ span: Span, to word: String) {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, words[entry] == word {
                spans[entry].append(span)
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        words.append(word)
        hashes.append(hash)
        spans.append([span])
        slots[slot] = Int32(words.count)
        if words.count * 2 > slots.count { grow() }
    }

    /// The spans listed under `word`, in the order they were appended.
    func spans(of word: String) -> [Span] {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, words[entry] == word { return spans[entry] }
            slot = (slot + 1) & (slots.count - 1)
        }
        return []
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry + 1)
        }
    }

    private static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8(FNV1a.hash)
    }
}
