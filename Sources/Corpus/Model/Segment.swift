/// What a block of an article is. Captions and boilerplate are kept and labelled, never attributed.
public enum SegmentKind: String, Sendable, Codable, CaseIterable {
    case title, byline, dateline, heading, paragraph, caption, boilerplate

    /// Whether attribution reads this kind of block.
    public var carriesSpeech: Bool { self == .paragraph || self == .heading }
}

public struct Segment: Hashable, Sendable, Codable {
    public var kind: SegmentKind
    public var span: Span

    public init(kind: SegmentKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public struct Sentence: Hashable, Sendable {
    public var span: Span
    /// In 32 bits, as spans are: a corpus holds a sentence for every few dozen words.
    private var storedSegment: Int32

    public init(span: Span, segment: Int) {
        self.span = span
        storedSegment = Int32(clamping: segment)
    }

    /// Index into `Article.segments` of the block holding this sentence.
    public var segment: Int {
        get { Int(storedSegment) }
        set { storedSegment = Int32(clamping: newValue) }
    }
}

/// Coded as `{"span": …, "segment": …}`, as before the index was narrowed.
extension Sentence: Codable {
    private enum CodingKeys: String, CodingKey { case span, segment }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(span: try container.decode(Span.self, forKey: .span), segment: try container.decode(Int.self, forKey: .segment))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span, forKey: .span)
        try container.encode(segment, forKey: .segment)
    }
}
