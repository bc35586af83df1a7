import Corpus

/// An article's text case-folded for searching, one scalar for one, with where each folded
/// scalar occurs: the first letter of a query costs nothing however often it occurs, and each
/// letter after it only re-checks the hits so far. Made once, when the article is opened.
public struct FoldedText: Hashable, Sendable {
    public let scalars: [Unicode.Scalar]
    /// Each folded scalar in a byte: itself when ASCII, else 0x80 and up (never equal to ASCII).
    let keys: [UInt8]
    /// Every offset, grouped by bucket (`bounds[b]..<bounds[b + 1]`), ascending in each: a
    /// counting sort (offsets fit 32 bits: an article of 2^31 code points would take 8 GB).
    private let offsets: [Int32]
    private let bounds: [Int]

    /// ASCII scalars have a bucket each; the others share 128 by their value.
    private static let buckets = 256

    public init(_ text: [Unicode.Scalar]) {
        let scalars = TextSearch.fold(text)
        var bounds = [Int](repeating: 0, count: FoldedText.buckets + 1)
        for scalar in scalars { bounds[FoldedText.bucket(scalar) + 1] += 1 }
        for bucket in 0..<FoldedText.buckets { bounds[bucket + 1] += bounds[bucket] }
        var next = bounds
        offsets = [Int32](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            next.withUnsafeMutableBufferPointer { next in
                for (offset, scalar) in scalars.enumerated() {
                    let bucket = FoldedText.bucket(scalar)
                    buffer[next[bucket]] = Int32(offset)
                    next[bucket] += 1
                }
            }
            count = scalars.count
        }
        self.scalars = scalars
        keys = scalars.map { $0.isASCII ? UInt8($0.value) : 0x80 | UInt8(truncatingIfNeeded: $0.value) }
        self.bounds = bounds
    }

    private static func bucket(_ scalar: Unicode.Scalar) -> Int {
        let value = Int(scalar.value)
        return value < 128 ? value : 128 + value % 128
    }

    /// Where `scalar` (folded) may occur: exactly where, when it is ASCII.
    func candidates(for scalar: Unicode.Scalar) -> ArraySlice<Int32> {
        let bucket = FoldedText.bucket(scalar)
        return offsets[bounds[bucket]..<bounds[bucket + 1]]
    }
}

/// A search's matches, ascending and not overlapping, as starts of one length. A one-letter query
/// in a long article has hundreds of thousands: they share the folded text's array, uncopied.
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
