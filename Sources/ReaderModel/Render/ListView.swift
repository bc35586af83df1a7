/// The corpus list: a header, one row per article, the cursor row highlighted.
struct ListView {
    let state: ReaderState
    let list: ListState
    let symbols: Symbols

    func draw(into grid: inout Grid) {
        let count = state.corpus.count
        var header = "parley \(symbols.dash) \(count) article\(count == 1 ? "" : "s")"
        if let unread = state.unreadCount { header += " \(symbols.dash) \(unread) unread" }
        if !list.filter.isEmpty { header += " \(symbols.dash) filter \"\(list.filter)\": \(list.rows.count) shown" }
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: Style(.title, bold: true))
        grid.draw(header, x: 1, y: 0, style: Style(.title, bold: true), ellipsis: symbols.ellipsis)
        let page = state.listPage
        for row in 0..<page {
            let position = list.top + row
            guard list.rows.indices.contains(position) else { break }
            drawRow(list.rows[position], y: row + 1, selected: position == list.cursor, into: &grid)
        }
        if list.rows.isEmpty {
            let text = count == 0 ? "no articles" : "no article matches \"\(list.filter)\""
            grid.draw(text, x: 2, y: 2, style: Style(.dim))
        }
    }

    private func drawRow(_ article: Int, y: Int, selected: Bool, into grid: inout Grid) {
        // Unread articles are bold with a marker in the first column, as in mail readers and newsboat.
        let unread = state.marks.isUnread(state.corpus.summaries[article].doc)
        let base = selected ? Style(.selection, bold: true) : Style(.text, bold: unread)
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: base)
        if unread { grid.draw(symbols.marked, x: 0, y: y, style: base) }
        let counts = padded(state.index.counts(of: article) ?? symbols.ellipsis, 10, right: true)
        let countsX = grid.width - 11
        grid.draw(counts, x: countsX, y: y, style: selected ? base : Style(.dim))
        var titleEnd = countsX - 1
        let subtitleWidth = grid.width >= 80 ? min(30, grid.width / 4) : 0
        if subtitleWidth > 0, let subtitle = state.index.subtitles[article] {
            titleEnd -= subtitleWidth + 1
            grid.draw(subtitle, x: titleEnd + 1, y: y, maxX: titleEnd + 1 + subtitleWidth,
                      style: selected ? base : Style(.byline), ellipsis: symbols.ellipsis)
        }
        grid.draw(state.corpus.summaries[article].title, x: 1, y: y, maxX: titleEnd, style: base, ellipsis: symbols.ellipsis)
    }
}
