/// A code point placed at the top of the document, and the line that put it there.
public struct TopAnchor: Hashable, Sendable {
    public var offset: Int
    public var line: Int
}

extension ArticleState {
    /// The code point at the top of the screen: the one the view was placed by while it has not
    /// moved since, else the first of the top line. Keeping the exact code point stops a position
    /// drifting a line at a time through rewraps (each width starts its lines elsewhere).
    var topOffset: Int {
        if let anchor, anchor.line == top { return anchor.offset }
        return layout.lines.indices.contains(top) ? layout.lines[top].start : 0
    }

    /// Puts the line holding `offset` at the top, remembering the exact code point.
    mutating func place(at offset: Int) {
        guard layout.count > 0 else { return }
        top = layout.line(containing: offset)
        anchor = TopAnchor(offset: offset, line: top)
    }
}
