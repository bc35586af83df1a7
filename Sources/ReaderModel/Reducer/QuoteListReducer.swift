import Corpus

/// The list of bookmarks and the library search's results: move, open a quote in its article, leave.
extension ReaderState {
    /// Rows on screen: two lines each (speaker and article, then the quote), under a header.
    var quoteListPage: Int { max(1, (size.height - 2) / 2) }

    var quoteList: QuoteListState? {
        get {
            if case .quotes(let view) = screen { return view }
            return nil
        }
        set {
            if let newValue, case .quotes = screen { stack[stack.count - 1] = .quotes(newValue) }
        }
    }

    mutating func quoteListCommand(_ command: Command) -> [Effect] {
        guard var view = quoteList else { return [] }
        if let motion = Motion(command, page: quoteListPage) {
            view.cursor = motion.applied(to: view.cursor, count: view.rows.count)
            quoteList = view
            return []
        }
        switch command {
        case .open:
            guard view.rows.indices.contains(view.cursor) else {
                message = "nothing to open"
                return []
            }
            openQuote(view.rows[view.cursor])
        case .close, .back:
            return pop()
        default:
            break
        }
        return []
    }

    /// Search the library for what was typed after S.
    mutating func searchLibrary(_ query: String) -> [Effect] {
        guard !query.allSatisfy(\.isWhitespace) else { return [] }
        message = "searching the library for \(query)"
        return [.searchLibrary(query)]
    }

    /// The library's answer: a results screen, replacing the previous results if they are shown.
    mutating func showResults(query: String, hits: [LibraryHit]) {
        let view = QuoteListState(kind: .results(query: query), rows: hits.map { QuoteListState.Row($0, title: title(of: $0.doc)) })
        if case .quotes(let shown) = screen, shown.kind != .bookmarks {
            stack[stack.count - 1] = .quotes(view)
        } else {
            stack.append(.quotes(view))
        }
        message = hits.isEmpty ? "nothing in the library matches \(query)" : "\(hits.count) found; Enter opens one"
    }

    func title(of doc: String) -> String {
        corpus.summaries.first { $0.doc == doc }?.title ?? doc
    }

    /// Opens a row's article on top of the list, at its quote, with its speaker selected.
    private mutating func openQuote(_ row: QuoteListState.Row) {
        guard let articleIndex = corpus.summaries.firstIndex(where: { $0.doc == row.doc }) else {
            message = "\(row.doc) is not among the articles in this reader"
            return
        }
        guard var view = makeArticle(articleIndex) else { return }
        let quotes = corpus.articles[articleIndex].quotes
        let position = view.quoteOrder.firstIndex { quotes[$0].span == row.span }
            ?? view.quoteOrder.firstIndex { quotes[$0].id == row.quote }
        view.currentQuote = position
        let quote = position.map { quotes[view.quoteOrder[$0]] }
        if let actor = quote?.actor, let actorRow = view.actors.firstIndex(where: { $0.id == actor }) {
            view.actorCursor = actorRow
            selectionChanged(&view)
        }
        if let span = quote?.span ?? row.span { reveal(span, in: &view) }
        stack.append(.article(view))
    }

    /// After every action: the cursor inside the rows and on screen.
    mutating func settleQuoteList() {
        guard var view = quoteList else { return }
        view.cursor = min(view.cursor, max(0, view.rows.count - 1))
        view.top = scrolled(top: view.top, cursor: view.cursor, page: quoteListPage, count: view.rows.count)
        quoteList = view
    }
}
