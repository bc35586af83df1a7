/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are indexed by their first two bytes, so each position checks only a few candidates.
struct StemMatcher: Sendable {
    private let stems: [[UInt8]]
    private let buckets: [UInt16: [Int]]

    init(_ stems: [String]) {
        self.stems = stems.map { Array($0.utf8) }
        var buckets: [UInt16: [Int]] = [:]
        for (index, stem) in self.stems.enumerated() where stem.count >= 2 {
            buckets[UInt16(stem[0]) << 8 | UInt16(stem[1]), default: []].append(index)
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
            guard let candidates = buckets[UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1])] else { continue }
            for candidate in candidates where !found[candidate] {
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
