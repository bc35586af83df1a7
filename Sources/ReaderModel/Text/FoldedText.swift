import Corpus

/// An article's text case-folded for searching, one scalar for one, a byte each: ASCII lowered as
/// itself, every other scalar 0x80 and up, with the few such scalars of most text (quotation marks,
/// a name's accents) kept folded beside it. Made from the text's UTF-8 eight bytes at a time, so
/// that opening a long article costs little; the first letter of a query finds its occurrences by
/// scanning the bytes, and each letter after it only re-checks the hits so far.
public struct FoldedText: Hashable, Sendable {
    /// Each folded scalar in a byte: itself when ASCII, else 0x80 and up (never equal to ASCII).
    let keys: [UInt8]
    /// The offsets of the scalars that are not ASCII, ascending, and those scalars folded.
    private let others: [Int32]
    private let otherScalars: [Unicode.Scalar]

    public init(_ text: ArticleText) {
        var others: [Int32] = []
        var otherScalars: [Unicode.Scalar] = []
        var folding = Folding()
        var storage = text.string
        keys = storage.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: text.count) { keys, count in
                var index = 0
                while index < bytes.count {
                    // ASCII, eight bytes at a time, capitals lowered all at once.
                    while index + 8 <= bytes.count {
                        let word = UTF8Run.word(bytes, at: index)
                        guard word & UTF8Run.highBits == 0 else { break }
                        UnsafeMutableRawPointer(keys.baseAddress! + count).storeBytes(of: FoldedText.lowered(word).littleEndian,
                                                                                       as: UInt64.self)
                        index += 8
                        count += 8
                    }
                    guard index < bytes.count else { break }
                    let byte = bytes[index]
                    if byte < 0x80 {
                        keys[count] = byte &- 65 < 26 ? byte + 32 : byte
                        index += 1
                    } else {
                        let lower = folding.fold(UTF8Run.scalar(bytes, at: index))
                        keys[count] = FoldedText.key(lower)
                        others.append(Int32(count))
                        otherScalars.append(lower)
                        index += UTF8Run.length(lead: byte)
                    }
                    count += 1
                }
            }
        }
        self.others = others
        self.otherScalars = otherScalars
    }

    /// Scalars in the text.
    var count: Int { keys.count }

    /// The key of a folded scalar.
    static func key(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.isASCII ? UInt8(scalar.value) : 0x80 | UInt8(truncatingIfNeeded: scalar.value)
    }

    /// Whether the folded scalar at `offset` is `scalar`.
    func holds(_ scalar: Unicode.Scalar, at offset: Int) -> Bool {
        guard keys[offset] == FoldedText.key(scalar) else { return false }
        if scalar.isASCII { return true }
        let position = others.partitionPoint { $0 >= offset }
        return otherScalars[position] == scalar
    }

    /// Every offset where `scalar` (folded) occurs, ascending.
    func occurrences(of scalar: Unicode.Scalar) -> [Int32] {
        guard scalar.isASCII else { return others.indices.filter { otherScalars[$0] == scalar }.map { others[$0] } }
        let byte = UInt8(scalar.value)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        return keys.withUnsafeBufferPointer { keys in
            // Counted first, then written into an array of that size: a common letter has hundreds of
            // thousands of occurrences, which appending one by one took most of the time to find.
            let whole = keys.count / 8 * 8
            var count = keys[whole...].count { $0 == byte }
            for index in stride(from: 0, to: whole, by: 8) {
                count += UTF8Run.flagged(UTF8Run.equal(UTF8Run.word(keys, at: index), pattern: pattern))
            }
            return [Int32](unsafeUninitializedCapacity: count) { found, written in
                for index in stride(from: 0, to: whole, by: 8) {
                    var hits = UTF8Run.equal(UTF8Run.word(keys, at: index), pattern: pattern)
                    while hits != 0 {
                        found[written] = Int32(index + hits.trailingZeroBitCount / 8)
                        written += 1
                        hits &= hits - 1
                    }
                }
                for tail in whole..<keys.count where keys[tail] == byte {
                    found[written] = Int32(tail)
                    written += 1
                }
            }
        }
    }

    /// `TextSearch.fold`, asking Unicode once a scalar, since each answer costs a string: those below
    /// U+2100 (Latin, Greek, Cyrillic, general punctuation, most of any text's) are kept by value.
    private struct Folding {
        private static let tabled: UInt32 = 0x2100
        /// 0 for not asked yet: U+0000 is ASCII, never asked.
        private var table = [UInt32](repeating: 0, count: Int(Folding.tabled))
        private var others: [UInt32: Unicode.Scalar] = [:]

        mutating func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            let value = scalar.value
            guard value < Folding.tabled else {
                if let known = others[value] { return known }
                let folded = TextSearch.fold(scalar)
                others[value] = folded
                return folded
            }
            if table[Int(value)] == 0 { table[Int(value)] = TextSearch.fold(scalar).value }
            return Unicode.Scalar(table[Int(value)]) ?? scalar
        }
    }

    /// ASCII capitals of eight ASCII bytes lowered.
    private static func lowered(_ word: UInt64) -> UInt64 {
        // The high bit of each byte from "A" up, and of each from after "Z" up.
        let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = word &+ 0x2525_2525_2525_2525
        return word | ((fromA & ~pastZ & UTF8Run.highBits) >> 2)
    }
}

/// A search's matches, ascending and not overlapping, as starts of one length. A one-letter query
/// in a long article has hundreds of thousands: they share the array of its occurrences, uncopied.
public struct SearchMatches: RandomAccessCollection, Hashable, Sendable {
    let starts: ArraySlice<Int32>
    let length: Int

    public init() {
        self.init(starts: [], length: 0)
    }

    init(starts: ArraySlice<Int32>, length: Int) {
        self.starts = starts
        self.length = length
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(position: Int) -> Span {
        let start = Int(starts[starts.startIndex + position])
        return Span(start, start + length)
    }
}
