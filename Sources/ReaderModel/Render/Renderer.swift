/// Draws a state into a grid. Pure: the same state always gives the same cells.
public func render(_ state: ReaderState) -> Grid {
    var grid = Grid(width: state.size.width, height: state.size.height)
    if Layout.isTooSmall(state.size) {
        TooSmallView.draw(into: &grid)
        return grid
    }
    let symbols = Symbols.forOptions(state.options)
    switch state.screen {
    case .list(let list): ListView(state: state, list: list, symbols: symbols).draw(into: &grid)
    case .article(let view): ArticleView(state: state, view: view, symbols: symbols).draw(into: &grid)
    case .compare(let view): CompareView(state: state, view: view, symbols: symbols).draw(into: &grid)
    case .quotes(let view): QuoteListView(state: state, view: view, symbols: symbols).draw(into: &grid)
    }
    if let offset = state.help { HelpView(keymap: state.keymap, offset: offset, symbols: symbols).draw(into: &grid) }
    StatusLine(state: state, symbols: symbols).draw(into: &grid)
    return grid
}

enum TooSmallView {
    static let text = "terminal too small (need \(Layout.minimum.width)x\(Layout.minimum.height))"

    /// Centred when it fits; else wrapped from the top-left and clipped.
    static func draw(into grid: inout Grid) {
        let lines = Wrapper.wrap(text, width: max(1, grid.width))
        let top = max(0, (grid.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = max(0, (grid.width - Glyph.width(of: line)) / 2)
            grid.draw(Glyph.glyphs(of: line), x: x, y: top + row, style: Style(.statusMessage, bold: true))
        }
    }
}
