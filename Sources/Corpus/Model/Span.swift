/// A half-open range of Unicode code points into an article's text, exactly as stored.
///
/// Kept as two 32-bit offsets: spans make up much of a parsed corpus (every segment, sentence, quote
/// and mention has one), and the loader takes no file over 256 MiB, far below 2^31 code points.
public struct Span: Sendable {
    private var storedStart: Int32
    private var storedEnd: Int32

    public init(_ start: Int, _ end: Int) {
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
    }

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlap(_ other: Span) -> Int { max(0, min(end, other.end) - max(start, other.start)) }
}

extension Span: Hashable {
    public static func == (a: Span, b: Span) -> Bool { a.storedStart == b.storedStart && a.storedEnd == b.storedEnd }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
    }
}

extension Span: Comparable {
    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

/// Coded as `{"start": …, "end": …}`, as before the offsets were narrowed.
extension Span: Codable {
    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Int.self, forKey: .start), try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
