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

public struct Sentence: Hashable, Sendable, Codable {
    public var span: Span
    /// Index into `Article.segments` of the block holding this sentence.
    public var segment: Int

    public init(span: Span, segment: Int) {
        self.span = span
        self.segment = segment
    }
}
