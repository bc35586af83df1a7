/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are indexed by their first two bytes, so each position checks only a few candidates.
/// Everything lives in flat arrays read through unsafe views: no reference counting per position.
/// The index is kept small enough for the first-level cache: a bit per pair of bytes, and the
/// groups numbered by rank among the pairs that start a stem.
struct StemMatcher: Sendable {
    /// The stems' bytes one after another; stem `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Stem indices grouped by first two bytes; the group of rank `r` is `candidates[groupStart[r]..<groupStart[r + 1]]`.
    private let candidates: [Int]
    private let groupStart: [Int32]
    /// One bit per pair of first bytes that some stem starts with: most positions stop here.
    private let starts: [UInt64]
    /// Set bits of `starts` before each of its words: with the bits before a pair in its word, the pair's rank.
    private let rankBase: [Int32]

    init(_ stems: [String]) {
        let stems = stems.map { Array($0.utf8) }
        bytes = stems.flatMap { $0 }
        offsets = stems.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var groups = [[Int]](repeating: [], count: 1 << 16)
        var starts = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for (index, stem) in stems.enumerated() where stem.count >= 2 {
            let pair = Int(stem[0]) << 8 | Int(stem[1])
            groups[pair].append(index)
            starts[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        let startingGroups = groups.filter { !$0.isEmpty }
        candidates = startingGroups.flatMap { $0 }
        groupStart = startingGroups.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        self.starts = starts
        rankBase = starts.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.nonzeroBitCount)) }
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: offsets.count - 1)
        var text = text
        text.withUTF8 { text in
            starts.withUnsafeBufferPointer { starts in
                rankBase.withUnsafeBufferPointer { rankBase in
                    groupStart.withUnsafeBufferPointer { groupStart in
                        candidates.withUnsafeBufferPointer { candidates in
                            offsets.withUnsafeBufferPointer { offsets in
                                bytes.withUnsafeBufferPointer { bytes in
                                    found.withUnsafeMutableBufferPointer { found in
                                        scan(text, index: (starts, rankBase, groupStart, candidates),
                                             offsets: offsets, stems: bytes, found: found)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    private typealias Index = (starts: UnsafeBufferPointer<UInt64>, rankBase: UnsafeBufferPointer<Int32>,
                               groupStart: UnsafeBufferPointer<Int32>, candidates: UnsafeBufferPointer<Int>)

    private func scan(_ text: UnsafeBufferPointer<UInt8>, index: Index, offsets: UnsafeBufferPointer<Int>,
                      stems: UnsafeBufferPointer<UInt8>, found: UnsafeMutableBufferPointer<Bool>) {
        guard text.count >= 2 else { return }
        var next = Self.lower(text[0])
        for position in 0..<(text.count - 1) {
            let first = next
            next = Self.lower(text[position + 1])
            let pair = Int(first) << 8 | Int(next)
            let word = index.starts[pair >> 6], bit = UInt64(1) << UInt64(pair & 63)
            guard word & bit != 0 else { continue }
            let rank = Int(index.rankBase[pair >> 6]) + (word & (bit &- 1)).nonzeroBitCount
            for group in Int(index.groupStart[rank])..<Int(index.groupStart[rank + 1]) {
                let candidate = index.candidates[group]
                let stem = offsets[candidate]..<offsets[candidate + 1]
                guard !found[candidate], position + stem.count <= text.count else { continue }
                var offset = 2
                while offset < stem.count, Self.lower(text[position + offset]) == stems[stem.lowerBound + offset] { offset += 1 }
                if offset == stem.count { found[candidate] = true }
            }
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
