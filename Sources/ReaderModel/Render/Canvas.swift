/// Drawing primitives on a grid. Everything is clipped: nothing writes outside the grid or past
/// `maxX`, and a wide glyph that does not fit whole is not drawn at all.
extension Grid {
    /// Draws glyphs from (x, y), returning the column after the last one drawn.
    @discardableResult
    public mutating func draw(_ glyphs: [Glyph], x: Int, y: Int, maxX: Int? = nil, style: Style) -> Int {
        let limit = Swift.min(maxX ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for glyph in glyphs {
            guard column + glyph.width <= limit else { break }
            column = draw(glyph, x: column, y: y, maxX: limit, style: style)
        }
        return column
    }

    /// Draws one glyph at (x, y) if it fits before `maxX`, returning the column after it.
    @discardableResult
    public mutating func draw(_ glyph: Glyph, x: Int, y: Int, maxX: Int, style: Style) -> Int {
        guard y >= 0, y < height, x + glyph.width <= Swift.min(maxX, width) else { return x }
        if x >= 0 {
            put(Cell(glyph.symbol, style: glyph.isControl ? Style(.control) : style), x: x, y: y)
            for extra in 1..<Swift.max(1, glyph.width) { put(Cell("", style: style), x: x + extra, y: y) }
        }
        return x + glyph.width
    }

    /// Draws a label, cut with an ellipsis when wider than `maxX - x`.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, maxX: Int? = nil, style: Style, ellipsis: String = "…") -> Int {
        let limit = Swift.min(maxX ?? width, width)
        return draw(Grid.fit(text, width: limit - x, ellipsis: ellipsis), x: x, y: y, maxX: limit, style: style)
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            for x in Swift.max(0, rect.x)..<Swift.min(width, rect.maxX) { put(Cell(" ", style: style), x: x, y: y) }
        }
    }

    /// Sets one cell; a wide character of which it overwrites one half has its other half blanked,
    /// so that a pane or a popup drawn over text never leaves half a character (which a terminal
    /// would draw across the border). A wide character is put lead first, then its continuation.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let old = self[x, y]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        }
        if !old.isContinuation, x + 1 < width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
        self[x, y] = cell
    }

    /// A bordered box with a title in its top edge.
    public mutating func box(_ rect: Rect, title: String, focused: Bool, symbols: Symbols) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = Style(focused ? .borderFocus : .border)
        let horizontal = Glyph.glyphs(of: symbols.horizontal)
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            draw(horizontal, x: x, y: rect.y, style: border)
            draw(horizontal, x: x, y: rect.maxY - 1, style: border)
        }
        let vertical = Glyph.glyphs(of: symbols.vertical)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            draw(vertical, x: rect.x, y: y, style: border)
            draw(vertical, x: rect.maxX - 1, y: y, style: border)
        }
        draw(symbols.topLeft, x: rect.x, y: rect.y, style: border)
        draw(symbols.topRight, x: rect.maxX - 1, y: rect.y, style: border)
        draw(symbols.bottomLeft, x: rect.x, y: rect.maxY - 1, style: border)
        draw(symbols.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: border)
        draw(title, x: rect.x + 1, y: rect.y, maxX: rect.maxX - 1,
             style: Style(focused ? .paneTitleFocus : .paneTitle, bold: focused), ellipsis: symbols.ellipsis)
    }

    /// A label's glyphs cut to `width` columns, ending in `ellipsis` when cut.
    public static func fit(_ text: String, width: Int, ellipsis: String = "…") -> [Glyph] {
        guard width > 0 else { return [] }
        let glyphs = Glyph.glyphs(of: text, upTo: width)
        if glyphs.reduce(0, { $0 + $1.width }) <= width { return glyphs }
        let mark = Glyph.glyphs(of: ellipsis)
        let room = width - mark.reduce(0) { $0 + $1.width }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            guard used + glyph.width <= room else { break }
            kept.append(glyph)
            used += glyph.width
        }
        return room >= 0 ? kept + mark : kept
    }

    /// The text of row `y`, continuation cells left out: what a terminal would show.
    public func text(row y: Int) -> String {
        row(y).map(\.symbol).joined()
    }
}

/// Pads or cuts a label to exactly `width` columns, right-aligned when asked.
func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - Glyph.width(of: text)))
    return right ? gap + text : text + gap
}
