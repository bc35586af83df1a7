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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    public var string: String { string(Span(0, count)) }
}
