/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are indexed by their first two bytes, so each position checks only a few candidates.
struct StemMatcher: Sendable {
    private let stems: [[UInt8]]
    /// Indexed directly by the first two bytes: no hashing on the hot path.
    private let buckets: [[Int]]
    /// One bit per pair of first bytes that some stem starts with: most positions stop here.
    private let starts: [UInt64]

    init(_ stems: [String]) {
        self.stems = stems.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 1 << 16)
        var starts = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for (index, stem) in self.stems.enumerated() where stem.count >= 2 {
            let pair = Int(stem[0]) << 8 | Int(stem[1])
            buckets[pair].append(index)
            starts[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.buckets = buckets
        self.starts = starts
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var text = text
        return text.withUTF8(matches)
    }

    private func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var found = [Bool](repeating: false, count: stems.count)
        guard bytes.count >= 2 else { return found }
        var next = Self.lower(bytes[0])
        starts.withUnsafeBufferPointer { starts in
            for position in 0..<(bytes.count - 1) {
                let first = next
                next = Self.lower(bytes[position + 1])
                let pair = Int(first) << 8 | Int(next)
                if starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 { check(pair, at: position, in: bytes, found: &found) }
            }
        }
        return found
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Marks the stems starting with `pair` that occur at `position`.
    private func check(_ pair: Int, at position: Int, in bytes: UnsafeBufferPointer<UInt8>, found: inout [Bool]) {
        for candidate in buckets[pair] where !found[candidate] {
            let stem = stems[candidate]
            guard position + stem.count <= bytes.count else { continue }
            var offset = 2
            while offset < stem.count, Self.lower(bytes[position + offset]) == stem[offset] { offset += 1 }
            if offset == stem.count { found[candidate] = true }
        }
    }
}
