/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are indexed by their first two bytes, so each position checks only a few candidates.
/// Everything lives in flat arrays read through unsafe views: no reference counting per position.
/// The index is kept small enough for the first-level cache: a bit per pair of bytes, and a small
/// hash table from the pairs that start a stem to their group.
struct StemMatcher: Sendable {
    /// The stems' bytes one after another; stem `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// Stem indices grouped by first two bytes; group `g` is `candidates[groupStart[g]..<groupStart[g + 1]]`.
    private let candidates: [Int]
    private let groupStart: [Int32]
    /// One bit per pair of first bytes that some stem starts with: most positions stop here.
    private let starts: [UInt64]
    /// Open addressing from a starting pair to its group: each slot holds (pair + 1) << 32 | group, 0 when empty.
    private let slots: [UInt64]

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
        var slots = [UInt64](repeating: 0, count: Self.slotCount)
        for (group, stem) in startingGroups.map({ stems[$0[0]] }).enumerated() {
            let pair = Int(stem[0]) << 8 | Int(stem[1])
            var slot = Self.slot(of: pair)
            while slots[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
            slots[slot] = UInt64(pair + 1) << 32 | UInt64(group)
        }
        self.slots = slots
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: offsets.count - 1)
        var text = text
        text.withUTF8 { text in
            starts.withUnsafeBufferPointer { starts in
                slots.withUnsafeBufferPointer { slots in
                    groupStart.withUnsafeBufferPointer { groupStart in
                        candidates.withUnsafeBufferPointer { candidates in
                            offsets.withUnsafeBufferPointer { offsets in
                                bytes.withUnsafeBufferPointer { bytes in
                                    found.withUnsafeMutableBufferPointer { found in
                                        scan(text, index: (starts, slots, groupStart, candidates),
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

    private typealias Index = (starts: UnsafeBufferPointer<UInt64>, slots: UnsafeBufferPointer<UInt64>,
                               groupStart: UnsafeBufferPointer<Int32>, candidates: UnsafeBufferPointer<Int>)

    /// Far more slots than pairs (a few hundred at most), so that a probe rarely goes past its first slot.
    private static let slotCount = 1 << 11

    @inline(__always)
    private static func slot(of pair: Int) -> Int { Int((UInt32(pair) &* 0x9E37_79B1) >> 21) }

    private func scan(_ text: UnsafeBufferPointer<UInt8>, index: Index, offsets: UnsafeBufferPointer<Int>,
                      stems: UnsafeBufferPointer<UInt8>, found: UnsafeMutableBufferPointer<Bool>) {
        guard text.count >= 2 else { return }
        var next = Self.lower(text[0])
        for position in 0..<(text.count - 1) {
            let first = next
            next = Self.lower(text[position + 1])
            let pair = Int(first) << 8 | Int(next)
            guard index.starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            var slot = Self.slot(of: pair)
            while index.slots[slot] >> 32 != UInt64(pair + 1) { slot = (slot + 1) & (Self.slotCount - 1) }
            let pairGroup = Int(truncatingIfNeeded: index.slots[slot] & 0xFFFF_FFFF)
            for group in Int(index.groupStart[pairGroup])..<Int(index.groupStart[pairGroup + 1]) {
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
