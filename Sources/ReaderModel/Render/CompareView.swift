import Corpus

/// Where the compare table's parts go: a header of actor names, topic rows, an evidence box.
struct CompareGeometry {
    static let evidenceHeight = 5
    let box: Rect
    let header: Rect
    let rows: Rect
    let evidence: Rect
    let topicWidth: Int

    init(size: Size) {
        box = Layout.body(size)
        let inner = box.inner
        header = Rect(x: inner.x, y: inner.y, width: inner.width, height: 1)
        let evidenceHeight = min(CompareGeometry.evidenceHeight, max(0, inner.height - 3))
        rows = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1 - evidenceHeight)
        evidence = Rect(x: inner.x, y: rows.maxY, width: inner.width, height: evidenceHeight)
        topicWidth = min(28, inner.width / 4)
    }

    /// Column `index` of `count` actor columns.
    func column(_ index: Int, of count: Int) -> (x: Int, width: Int) {
        let room = rows.width - topicWidth
        let width = room / max(1, count)
        return (rows.x + topicWidth + index * width, width)
    }
}

/// Marked actors side by side: one row per topic, one column per actor, stance and evidence in
/// each cell; the focused cell's claim in full below.
struct CompareView {
    let state: ReaderState
    let view: CompareState
    let symbols: Symbols

    func draw(into grid: inout Grid) {
        let geometry = CompareGeometry(size: state.size)
        grid.box(geometry.box, title: " Compare ", focused: true, symbols: symbols)
        grid.draw("Topic", x: geometry.header.x + 1, y: geometry.header.y, maxX: geometry.header.x + geometry.topicWidth,
                  style: Style(.heading, bold: true))
        for (column, actor) in view.actors.enumerated() {
            let place = geometry.column(column, of: view.actors.count)
            grid.draw(state.index.name(of: actor) ?? actor, x: place.x + 1, y: geometry.header.y, maxX: place.x + place.width,
                      style: Style(.speaker(SpeakerPalette.index(of: actor)), bold: true), ellipsis: symbols.ellipsis)
        }
        for row in 0..<geometry.rows.height {
            let position = view.top + row
            guard view.topics.indices.contains(position) else { break }
            drawRow(position, y: geometry.rows.y + row, geometry: geometry, into: &grid)
        }
        if view.topics.isEmpty {
            grid.draw("no claims by the marked actors", x: geometry.rows.x + 1, y: geometry.rows.y, style: Style(.dim))
        }
        drawEvidence(geometry.evidence, into: &grid)
    }

    private func drawRow(_ position: Int, y: Int, geometry: CompareGeometry, into grid: inout Grid) {
        let selected = position == view.row
        let rowStyle = selected ? Style(.selectionInactive) : Style(.text)
        grid.fill(Rect(x: geometry.rows.x, y: y, width: geometry.rows.width, height: 1), style: rowStyle)
        grid.draw(view.topics[position], x: geometry.rows.x + 1, y: y, maxX: geometry.rows.x + geometry.topicWidth,
                  style: Style(rowStyle.role, bold: true), ellipsis: symbols.ellipsis)
        for column in view.actors.indices {
            let place = geometry.column(column, of: view.actors.count)
            let refs = view.cells[position][column]
            let focused = selected && column == view.column
            let cellStyle = focused ? Style(.selection, bold: true) : rowStyle
            grid.fill(Rect(x: place.x, y: y, width: place.width, height: 1), style: cellStyle)
            guard let ref = refs.first else {
                grid.draw(symbols.dash, x: place.x + 1, y: y, style: focused ? cellStyle : Style(.dim))
                continue
            }
            let claim = state.corpus.claim(ref)
            grid.draw(claim.stance.marker, x: place.x + 1, y: y, style: focused ? cellStyle : Style(claim.stance.role, bold: true))
            var evidence = state.corpus.evidence(ref)
            if refs.count > 1 { evidence = "(+\(refs.count - 1)) " + evidence }
            grid.draw(evidence, x: place.x + 3, y: y, maxX: place.x + place.width - 1, style: cellStyle, ellipsis: symbols.ellipsis)
        }
    }

    private func drawEvidence(_ rect: Rect, into grid: inout Grid) {
        guard rect.height > 1 else { return }
        for x in rect.x..<rect.maxX { grid.draw(symbols.horizontal, x: x, y: rect.y, style: Style(.border)) }
        guard view.cells.indices.contains(view.row), view.actors.indices.contains(view.column),
              let ref = view.cells[view.row][view.column].first else { return }
        let claim = state.corpus.claim(ref)
        let who = state.index.name(of: claim.actor) ?? claim.actor
        let title = state.corpus.summaries[ref.article].title
        grid.draw("\(claim.stance.marker) \(who) \(claim.stance.rawValue) \(claim.topic) \(symbols.dash) \(title)",
                  x: rect.x + 1, y: rect.y + 1, maxX: rect.maxX, style: Style(claim.stance.role, bold: true), ellipsis: symbols.ellipsis)
        let lines = Wrapper.wrap(state.corpus.evidence(ref), width: max(1, rect.width - 2))
        for (row, line) in lines.prefix(rect.height - 2).enumerated() {
            grid.draw(line, x: rect.x + 1, y: rect.y + 2 + row, maxX: rect.maxX, style: Style(.text), ellipsis: symbols.ellipsis)
        }
    }
}
