/// An article's text as Unicode code points, so that spans index it directly.
public struct ArticleText: Sendable, Hashable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(_ offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of a span, clamped to the text.
    public func string(_ span: Span) -> String {
        let lower = max(0, min(span.start, count))
        let upper = max(lower, min(span.end, count))
        return Self.string(scalars[lower..<upper])
    }

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

    public var string: String { string(Span(0, count)) }
}
