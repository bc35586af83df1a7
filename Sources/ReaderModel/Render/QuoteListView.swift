/// Bookmarks or library search results: a header, then two lines a quote (speaker and article, then
/// the quote's text), the cursor's highlighted.
struct QuoteListView {
    let state: ReaderState
    let view: QuoteListState
    let symbols: Symbols

    var heading: String {
        switch view.kind {
        case .bookmarks: "Bookmarks \(symbols.dash) \(view.rows.count)"
        case .results(let query): "Library search \"\(query)\" \(symbols.dash) \(view.rows.count) found"
        }
    }

    func draw(into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: Style(.title, bold: true))
        grid.draw(heading, x: 1, y: 0, style: Style(.title, bold: true), ellipsis: symbols.ellipsis)
        for row in 0..<state.quoteListPage {
            let position = view.top + row
            guard view.rows.indices.contains(position) else { break }
            drawRow(view.rows[position], y: 1 + row * 2, selected: position == view.cursor, into: &grid)
        }
        if view.rows.isEmpty {
            let text = view.kind == .bookmarks ? "no bookmarks: s on a quote bookmarks it" : "nothing found"
            grid.draw(text, x: 2, y: 2, style: Style(.dim))
        }
    }

    private func drawRow(_ row: QuoteListState.Row, y: Int, selected: Bool, into grid: inout Grid) {
        let base = selected ? Style(.selection, bold: true) : Style(.text)
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 2), style: base)
        // Among search results, the quotes already bookmarked; in the bookmarks, every row is one.
        if view.kind != .bookmarks, let quote = row.quote, state.marks.isBookmarked(doc: row.doc, quote: quote) {
            grid.draw(symbols.marked, x: 0, y: y, style: selected ? base : Style(.statusMessage, bold: true))
        }
        let speaker = row.speaker ?? "(no speaker)"
        let x = grid.draw(speaker, x: 1, y: y, maxX: grid.width - 1, style: selected ? base : Style(.byline, bold: true),
                          ellipsis: symbols.ellipsis)
        grid.draw(" \(symbols.separator) \(row.title)", x: x, y: y, maxX: grid.width - 1, style: base, ellipsis: symbols.ellipsis)
        grid.draw(row.text, x: 3, y: y + 1, maxX: grid.width - 1, style: selected ? base : Style(.dim), ellipsis: symbols.ellipsis)
    }

    /// `[k/N] article │ speaker │ BOOKMARKS` for the status line, as an article's.
    var statusFields: (title: String, rest: [String]) {
        let mode = view.kind == .bookmarks ? "BOOKMARKS" : "LIBRARY SEARCH"
        guard view.rows.indices.contains(view.cursor) else { return ("[0/0] \(heading)", [mode]) }
        let row = view.rows[view.cursor]
        return ("[\(view.cursor + 1)/\(view.rows.count)] \(row.title)", [row.speaker ?? symbols.dash, mode])
    }
}
