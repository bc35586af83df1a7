import Corpus

/// An article's text case-folded for searching, one scalar for one, with where each folded
/// scalar occurs: the first letter of a query costs nothing however often it occurs, and each
/// letter after it only re-checks the hits so far. Made once, when the article is opened.
public struct FoldedText: Hashable, Sendable {
    public let scalars: [Unicode.Scalar]
    /// Starts of each ASCII scalar, by value, then of all the others together (offsets fit
    /// 32 bits: an article of 2^31 code points would take 8 GB as scalars).
    let starts: [[Int32]]

    public init(_ text: [Unicode.Scalar]) {
        scalars = TextSearch.fold(text)
        var counts = [Int](repeating: 0, count: 129)
        for scalar in scalars { counts[FoldedText.bucket(scalar)] += 1 }
        var starts = counts.map { count in
            var bucket: [Int32] = []
            bucket.reserveCapacity(count)
            return bucket
        }
        for (offset, scalar) in scalars.enumerated() { starts[FoldedText.bucket(scalar)].append(Int32(offset)) }
        self.starts = starts
    }

    static func bucket(_ scalar: Unicode.Scalar) -> Int { min(Int(scalar.value), 128) }

    /// Where `scalar` (folded) may occur: exactly where, when it is ASCII.
    func candidates(for scalar: Unicode.Scalar) -> [Int32] { starts[FoldedText.bucket(scalar)] }
}

/// A search's matches, ascending and not overlapping, as starts of one length. A one-letter query
/// in a long article has hundreds of thousands: they share the folded text's array, uncopied.
public struct SearchMatches: RandomAccessCollection, Hashable, Sendable {
    let starts: [Int32]
    let length: Int

    public init() {
        self.init(starts: [], length: 0)
    }

    init(starts: [Int32], length: Int) {
        self.starts = starts
        self.length = length
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(position: Int) -> Span {
        let start = Int(starts[position])
        return Span(start, start + length)
    }
}
