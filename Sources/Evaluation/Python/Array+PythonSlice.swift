import Corpus

extension Array {
    /// Python's `items[:n]`: a negative n drops that many from the end.
    func prefix(pythonSlice n: Int) -> ArraySlice<Element> {
        n >= 0 ? prefix(n) : dropLast(Swift.min(-n, count))
    }
}

extension Array where Element == Unicode.Scalar {
    /// Python's `text[start:end]` for non-negative offsets: clamped, empty when reversed.
    subscript(clamped span: Span) -> ArraySlice<Unicode.Scalar> {
        let lower = Swift.max(0, Swift.min(span.start, count))
        let upper = Swift.max(lower, Swift.min(span.end, count))
        return self[lower..<upper]
    }
}
