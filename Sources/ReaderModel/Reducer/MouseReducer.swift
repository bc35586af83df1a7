extension ReaderState {
    /// The wheel scrolls what is under the pointer; a click focuses a pane and picks the row under it.
    mutating func mouse(_ event: MouseEvent) {
        let wheel: Command? = switch event.kind {
        case .wheelUp: .up
        case .wheelDown: .down
        case .press: nil
        }
        switch screen {
        case .list:
            if let wheel {
                for _ in 0..<3 { _ = listCommand(wheel) }
            } else if event.y >= 1, list.top + event.y - 1 < list.rows.count {
                list.cursor = list.top + event.y - 1
            }
        case .article(var view):
            let panes = Layout.article(size: size, focus: view.focus)
            guard let pane = panes.visible.first(where: { Layout.rect($0, in: panes).contains(x: event.x, y: event.y) }) else { return }
            view.focus = pane
            let row = event.y - Layout.rect(pane, in: panes).inner.y
            if wheel == nil, pane == .actors, view.actors.indices.contains(view.actorTop + row) {
                view.actorCursor = view.actorTop + row
                selectionChanged(&view)
            } else if wheel == nil, pane == .claims, view.claims.indices.contains(view.claimTop + row / 2) {
                view.claimCursor = view.claimTop + row / 2
            }
            article = view
            if let wheel { for _ in 0..<3 { _ = articleCommand(wheel) } }
        case .compare:
            if let wheel { _ = compareCommand(wheel) }
        case .quotes:
            if let wheel { _ = quoteListCommand(wheel) }
        }
    }
}
