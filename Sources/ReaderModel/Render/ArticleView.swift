import Corpus

/// The article screen: whichever of Actors, Document and Claims the layout shows.
struct ArticleView {
    let state: ReaderState
    let view: ArticleState
    let symbols: Symbols

    var article: Article { state.corpus.articles[view.index] }

    func draw(into grid: inout Grid) {
        let panes = Layout.article(size: state.size, focus: view.focus)
        for pane in panes.visible {
            let rect = Layout.rect(pane, in: panes)
            let focused = pane == view.focus
            switch pane {
            case .actors:
                let scope = view.scope == .corpus ? "\(symbols.separator) corpus " : ""
                grid.box(rect, title: " Actors \(scope)", focused: focused, symbols: symbols)
                ActorsPane(state: state, view: view, symbols: symbols).draw(in: rect.inner, focused: focused, into: &grid)
            case .document:
                grid.box(rect, title: " Document ", focused: focused, symbols: symbols)
                DocumentPane(state: state, view: view).draw(in: rect.inner, into: &grid)
            case .claims:
                grid.box(rect, title: " Claims ", focused: focused, symbols: symbols)
                ClaimsPane(state: state, view: view, symbols: symbols).draw(in: rect.inner, focused: focused, into: &grid)
            }
        }
    }
}

/// Actors, most quoted first: mark, name in the speaker's colour, quote count, kind letter.
struct ActorsPane {
    let state: ReaderState
    let view: ArticleState
    let symbols: Symbols

    func draw(in rect: Rect, focused: Bool, into grid: inout Grid) {
        guard !view.actors.isEmpty else {
            grid.draw("no speakers found", x: rect.x + 1, y: rect.y, maxX: rect.maxX, style: Style(.dim))
            return
        }
        for row in 0..<rect.height {
            let position = view.actorTop + row
            guard view.actors.indices.contains(position) else { break }
            let actor = view.actors[position]
            let y = rect.y + row
            let selected = position == view.actorCursor
            let rowStyle = selected ? Style(focused ? .selection : .selectionInactive, bold: true) : Style(.text)
            grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle)
            let mark = state.marked.contains(actor.id) ? symbols.marked : " "
            grid.draw(mark, x: rect.x, y: y, maxX: rect.maxX, style: rowStyle)
            let tail = " \(actor.quotes) \(actor.kind.letter)"
            let tailX = rect.maxX - Glyph.width(of: tail)
            let nameStyle = selected ? rowStyle : Style(.speaker(SpeakerPalette.index(of: actor.id)))
            grid.draw(actor.name, x: rect.x + 1, y: y, maxX: tailX, style: nameStyle, ellipsis: symbols.ellipsis)
            grid.draw(tail, x: tailX, y: y, maxX: rect.maxX, style: selected ? rowStyle : Style(.dim))
        }
    }
}

/// The selected actor's claims, two lines each: stance marker and topic, then the evidence.
struct ClaimsPane {
    let state: ReaderState
    let view: ArticleState
    let symbols: Symbols

    func draw(in rect: Rect, focused: Bool, into grid: inout Grid) {
        guard let actor = view.selectedActor else {
            grid.draw("no actor selected", x: rect.x + 1, y: rect.y, maxX: rect.maxX, style: Style(.dim))
            return
        }
        guard !view.claims.isEmpty else {
            grid.draw("no claims by \(actor.name)", x: rect.x + 1, y: rect.y, maxX: rect.maxX, style: Style(.dim),
                      ellipsis: symbols.ellipsis)
            return
        }
        for row in 0..<(rect.height / 2) {
            let position = view.claimTop + row
            guard view.claims.indices.contains(position) else { break }
            let ref = view.claims[position]
            let claim = state.corpus.claim(ref)
            let y = rect.y + row * 2
            let selected = position == view.claimCursor
            let rowStyle = selected ? Style(focused ? .selection : .selectionInactive, bold: true) : Style(.text)
            grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 2), style: rowStyle)
            grid.draw(claim.stance.marker, x: rect.x + 1, y: y, style: selected ? rowStyle : Style(claim.stance.role, bold: true))
            var topic = claim.topic
            if ref.article != view.index { topic += " (\(state.corpus.summaries[ref.article].doc))" }
            grid.draw(topic, x: rect.x + 3, y: y, maxX: rect.maxX, style: rowStyle, ellipsis: symbols.ellipsis)
            grid.draw(state.corpus.evidence(ref), x: rect.x + 3, y: y + 1, maxX: rect.maxX,
                      style: selected ? rowStyle : Style(.dim), ellipsis: symbols.ellipsis)
        }
    }
}
