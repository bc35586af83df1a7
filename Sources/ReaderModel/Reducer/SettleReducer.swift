extension ReaderState {
    /// A new terminal size: rewrap every open article, keeping the line at the top of the
    /// screen by its code-point offset (which names its segment and place in it).
    mutating func resize(to newSize: Size) {
        size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
        let width = documentWidth
        for level in stack.indices {
            guard case .article(var view) = stack[level], view.layout.width != width else { continue }
            let anchor = view.topOffset
            view.layout = DocumentLayout(text: corpus.articles[view.index].text, width: width)
            view.place(at: anchor)
            stack[level] = .article(view)
        }
    }

    /// After every action: cursors inside their lists and on screen, the document inside its text.
    mutating func settle() {
        list.cursor = min(list.cursor, max(0, list.rows.count - 1))
        list.top = scrolled(top: list.top, cursor: list.cursor, page: listPage, count: list.rows.count)
        if var view = article {
            view.top = max(0, min(view.top, view.layout.count - documentPage))
            view.actorCursor = min(view.actorCursor, max(0, view.actors.count - 1))
            view.actorTop = scrolled(top: view.actorTop, cursor: view.actorCursor, page: actorPage, count: view.actors.count)
            view.claimCursor = min(view.claimCursor, max(0, view.claims.count - 1))
            view.claimTop = scrolled(top: view.claimTop, cursor: view.claimCursor, page: claimPage, count: view.claims.count)
            article = view
        }
        if var view = compare {
            view.top = scrolled(top: view.top, cursor: view.row, page: comparePage, count: view.topics.count)
            compare = view
        }
        settleQuoteList()
        if let offset = help {
            help = max(0, min(offset, HelpText.lines(keymap).count - 1))
        }
    }
}
