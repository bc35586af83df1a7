/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are indexed by their first two bytes, so each position checks only a few candidates.
struct StemMatcher: Sendable {
    private let stems: [[UInt8]]
    /// Indexed directly by the first two bytes: no hashing on the hot path.
    private let buckets: [[Int]]

    init(_ stems: [String]) {
        self.stems = stems.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 1 << 16)
        for (index, stem) in self.stems.enumerated() where stem.count >= 2 {
            buckets[Int(stem[0]) << 8 | Int(stem[1])].append(index)
        }
        self.buckets = buckets
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: stems.count)
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
        guard bytes.count >= 2 else { return found }
        for position in 0..<(bytes.count - 1) {
            for candidate in buckets[Int(bytes[position]) << 8 | Int(bytes[position + 1])] where !found[candidate] {
                let stem = stems[candidate]
                guard position + stem.count <= bytes.count else { continue }
                var offset = 2
                while offset < stem.count, bytes[position + offset] == stem[offset] { offset += 1 }
                if offset == stem.count { found[candidate] = true }
            }
        }
        return found
    }
}
