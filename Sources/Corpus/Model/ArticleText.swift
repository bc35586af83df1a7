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
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
                initialized = UTF8Scanner.decode(bytes, into: scalars)
            }
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

    /// Encodes scalars as UTF-8 straight into the string's storage, measured first: much faster than
    /// appending to a scalar view or to a byte array.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { bytes in
            var index = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    bytes[index] = UInt8(truncatingIfNeeded: scalar.value)
                    index += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        bytes[index] = byte
                        index += 1
                    }
                }
            }
            return index
        }
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
