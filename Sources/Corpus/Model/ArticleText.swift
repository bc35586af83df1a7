/// An article's text, indexed by Unicode code point so that spans index it directly.
///
/// Kept as the string's own UTF-8 (shared with the source string, not copied: one byte per character
/// of news text instead of four) plus a sparse index from code points to bytes, so that reading a
/// span costs the span, whatever its place in the text.
public struct ArticleText: Sendable {
    private let storage: String
    private let index: CodePointIndex
    /// Number of code points.
    public let count: Int

    public init(_ string: String) {
        var storage = string
        storage.makeContiguousUTF8()
        self.storage = storage
        index = storage.utf8.withContiguousStorageIfAvailable(CodePointIndex.init) 
            ?? Array(storage.utf8).withUnsafeBufferPointer(CodePointIndex.init)
        count = index.count
    }

    /// The code points, decoded once: for scanners that index them many times.
    public var scalars: [Unicode.Scalar] {
        withBytes { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(count)
            UTF8Scanner.forEachScalar(bytes, from: 0) { scalars.append($0) }
            return scalars
        }
    }

    public subscript(_ offset: Int) -> Unicode.Scalar {
        precondition(offset >= 0 && offset < count, "code point offset out of range")
        return withBytes { bytes in UTF8Scanner.scalar(in: bytes, at: index.byteOffset(of: offset, in: bytes)) }
    }

    /// The text of a span, clamped to the text.
    public func string(_ span: Span) -> String {
        let lower = max(0, min(span.start, count))
        let upper = max(lower, min(span.end, count))
        return withBytes { bytes in
            let start = index.byteOffset(of: lower, in: bytes)
            let end = index.byteOffset(of: upper, in: bytes, from: (lower, start))
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    public var string: String { storage }

    /// Encodes scalars as UTF-8 in one buffer: much faster than appending to a scalar view.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // Contiguous since init; the fallback only keeps the compiler honest.
        storage.utf8.withContiguousStorageIfAvailable(body) ?? Array(storage.utf8).withUnsafeBufferPointer(body)
    }
}

extension ArticleText: Hashable {
    /// Equal when the code points are, as before: no Unicode normalisation, unlike `String ==`.
    public static func == (a: ArticleText, b: ArticleText) -> Bool {
        a.count == b.count && a.storage.utf8.elementsEqual(b.storage.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
