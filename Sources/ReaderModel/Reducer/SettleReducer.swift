extension ReaderState {
    /// A new terminal size: rewrap every open article, keeping the line at the top of the
    /// screen by its code-point offset (which names its segment and place in it).
    mutating func resize(to newSize: Size) {
        size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
        let width = documentWidth
        for level in stack.indices {
            guard case .article(var view) = stack[level], view.layout.width != width else { continue }
            let anchor = view.topOffset
            view.layout = DocumentLayout(text: corpus.articles[view.index].text, width: width, lines: 0)
            view.place(at: anchor)
            stack[level] = .article(view)
        }
    }

    /// Whether the article on screen is still to be folded for search or laid out to its end.
    var hasIdleWork: Bool { article.map { !$0.folded.isComplete || !$0.layout.isComplete } ?? false }

    /// A step of folding or laying out the article on screen: 256k bytes or code points, a fraction of
    /// a millisecond, so that a key pressed meanwhile waits for no more than that. Folding first: a
    /// first search needs all of it.
    mutating func workWhileIdle() {
        guard case .article(var view) = screen else { return }
        // Taken out of the stack while it grows, so that its keys and lines (megabytes in a long
        // article) are the view's alone and grow in place instead of being copied at each step.
        stack[stack.count - 1] = .list(ListState(rows: []))
        let step = 1 << 18
        if !view.folded.isComplete {
            view.folded.fold(bytes: step)
        } else {
            view.layout.layOut(codePoints: step)
        }
        stack[stack.count - 1] = .article(view)
    }

    /// After every action: cursors inside their lists and on screen, the document inside its text and
    /// laid out a line past the screen (so that whether the screen is the last is known).
    mutating func settle() {
        list.cursor = min(list.cursor, max(0, list.rows.count - 1))
        list.top = scrolled(top: list.top, cursor: list.cursor, page: listPage, count: list.rows.count)
        if var view = article {
            view.layout.layOut(lines: view.top + documentPage + 1)
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
