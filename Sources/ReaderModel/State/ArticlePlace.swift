/// A code point placed at the top of the document, and the line that put it there.
public struct TopAnchor: Hashable, Sendable {
    public var offset: Int
    public var line: Int
}

extension ArticleState {
    /// The code point at the top of the screen: the one the view was placed by while it has not
    /// moved since, else the first of the top line. Keeping the exact code point stops a position
    /// drifting a line at a time through rewraps (each width starts its lines elsewhere). A spacer
    /// line has no character of its own: it stands for the line break before its paragraph.
    var topOffset: Int {
        if let anchor, anchor.line == top { return anchor.offset }
        guard layout.lines.indices.contains(top) else { return 0 }
        let line = layout.lines[top]
        return top > 0 && line.start == line.end ? line.start - 1 : line.start
    }

    /// Puts the line holding `offset` at the top, remembering the exact code point; an offset
    /// between paragraphs puts the spacer there.
    mutating func place(at offset: Int) {
        layout.layOut(through: offset)
        guard layout.count > 0 else { return }
        var line = layout.line(containing: offset)
        let next = line + 1
        layout.layOut(lines: next + 1)
        if layout.lines[line].end <= offset, next < layout.count, layout.lines[next].start == layout.lines[next].end {
            line = next
        }
        top = line
        anchor = TopAnchor(offset: offset, line: line)
    }
}
