/// Finds which of a fixed list of lowercase stems occur in a text, in one pass over its bytes:
/// stems are grouped by their first two bytes, so each position checks only a few candidates.
/// Everything lives in flat arrays read through unsafe views: no reference counting per position.
/// Few distinct bytes start stems, so each byte maps to a small class (0: starts none), and a pair
/// of classes indexes a 4 KB table of groups directly: two array reads per position, no hashing.
/// Common pairs start stems ("in", "re"), so each group also keeps which third bytes its stems
/// have: "ing" is turned away without reading a stem.
struct StemMatcher: Sendable {
    /// One stem as the scan reads it: where its bytes start in `bytes`, how many, and its index in the list.
    private struct Stem {
        let start: Int32
        let count: Int32
        let index: Int32
    }

    /// The stems' bytes one after another.
    private let bytes: [UInt8]
    private let stemCount: Int
    /// Per text byte, the class of its lowercase among the stems' first two bytes; 0 for none.
    private let classOfByte: [UInt8]
    /// Per pair of classes (first << classBits | second), its group + 1; 0 when no stem starts so.
    private let groupOfPair: [UInt8]
    /// Per text byte, the class of its lowercase among the stems' third bytes; 0 for none.
    private let thirdClassOfByte: [UInt8]
    /// Per group, a bit per class of third byte its stems have; all bits for a group with a two-byte stem.
    private let thirdBytes: [UInt64]
    /// Stems grouped by first two bytes; group `g` is `stems[groupStart[g]..<groupStart[g + 1]]`.
    private let stems: [Stem]
    private let groupStart: [Int32]

    private static let classBits = 6

    init(_ stems: [String]) {
        let words = stems.map { Array($0.utf8) }
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        for word in words {
            starts.append(Int32(bytes.count))
            bytes += word
        }
        var classOfStemByte = [UInt8](repeating: 0, count: 256)
        var classes: UInt8 = 0
        var groups: [[Int]] = []
        var groupOfPair = [UInt8](repeating: 0, count: 1 << (2 * Self.classBits))
        for (index, word) in words.enumerated() where word.count >= 2 {
            for byte in word.prefix(2) where classOfStemByte[Int(byte)] == 0 {
                classes += 1
                classOfStemByte[Int(byte)] = classes
            }
            let pair = Int(classOfStemByte[Int(word[0])]) << Self.classBits | Int(classOfStemByte[Int(word[1])])
            if groupOfPair[pair] == 0 {
                groups.append([])
                groupOfPair[pair] = UInt8(groups.count)
            }
            groups[Int(groupOfPair[pair]) - 1].append(index)
        }
        var thirdClassOfStemByte = [UInt8](repeating: 0, count: 256)
        var thirdClasses: UInt8 = 0
        for word in words where word.count >= 3 && thirdClassOfStemByte[Int(word[2])] == 0 {
            thirdClasses += 1
            thirdClassOfStemByte[Int(word[2])] = thirdClasses
        }
        precondition(classes < 1 << Self.classBits && groups.count < 1 << 8 && thirdClasses < 64, "too many stem starts for the index")
        thirdClassOfByte = (0...255).map { thirdClassOfStemByte[Int(Self.lower(UInt8($0)))] }
        thirdBytes = groups.map { group in
            group.reduce(0) { bits, stem in words[stem].count >= 3 ? bits | 1 << UInt64(thirdClassOfStemByte[Int(words[stem][2])]) : ~0 }
        }
        self.bytes = bytes
        stemCount = words.count
        classOfByte = (0...255).map { classOfStemByte[Int(Self.lower(UInt8($0)))] }
        self.groupOfPair = groupOfPair
        self.stems = groups.flatMap { $0 }.map { Stem(start: starts[$0], count: Int32(words[$0].count), index: Int32($0)) }
        groupStart = groups.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
    }

    /// For each stem, whether it occurs in `text` (compared lowercased).
    func matches(in text: String) -> [Bool] {
        var found = [Bool](repeating: false, count: stemCount)
        var text = text
        text.withUTF8 { text in
            classOfByte.withUnsafeBufferPointer { classOfByte in
                groupOfPair.withUnsafeBufferPointer { groupOfPair in
                    thirdClassOfByte.withUnsafeBufferPointer { thirdClassOfByte in
                        thirdBytes.withUnsafeBufferPointer { thirdBytes in
                            groupStart.withUnsafeBufferPointer { groupStart in
                                stems.withUnsafeBufferPointer { stems in
                                    bytes.withUnsafeBufferPointer { bytes in
                                        found.withUnsafeMutableBufferPointer { found in
                                            scan(text, index: (classOfByte, groupOfPair, thirdClassOfByte, thirdBytes, groupStart),
                                                 stems: stems, bytes: bytes, found: found)
                                        }
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

    private typealias Index = (classOfByte: UnsafeBufferPointer<UInt8>, groupOfPair: UnsafeBufferPointer<UInt8>,
                               thirdClassOfByte: UnsafeBufferPointer<UInt8>, thirdBytes: UnsafeBufferPointer<UInt64>,
                               groupStart: UnsafeBufferPointer<Int32>)

    private func scan(_ text: UnsafeBufferPointer<UInt8>, index: Index, stems: UnsafeBufferPointer<Stem>,
                      bytes: UnsafeBufferPointer<UInt8>, found: UnsafeMutableBufferPointer<Bool>) {
        guard text.count >= 2 else { return }
        var previous = Int(index.classOfByte[Int(text[0])])
        for position in 0..<(text.count - 1) {
            let current = Int(index.classOfByte[Int(text[position + 1])])
            let group = Int(index.groupOfPair[previous << Self.classBits | current])
            previous = current
            guard group != 0 else { continue }
            // Past the end, class 0: only a group with a two-byte stem has its bit.
            let third = position + 2 < text.count ? Int(index.thirdClassOfByte[Int(text[position + 2])]) : 0
            guard index.thirdBytes[group - 1] & (1 << UInt64(third)) != 0 else { continue }
            for stem in stems[Int(index.groupStart[group - 1])..<Int(index.groupStart[group])] {
                let count = Int(stem.count), start = Int(stem.start)
                guard !found[Int(stem.index)], position + count <= text.count else { continue }
                var offset = 2
                while offset < count, Self.lower(text[position + offset]) == bytes[start + offset] { offset += 1 }
                if offset == count { found[Int(stem.index)] = true }
            }
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
