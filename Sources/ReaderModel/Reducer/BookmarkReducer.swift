import Corpus

/// Keys of reading state and the library, on whichever screen they mean something.
extension ReaderState {
    /// The effects of a bookmark, read-state or library command; nil for any other command.
    mutating func memoryCommand(_ command: Command) -> [Effect]? {
        switch command {
        case .toggleRead: return toggleRead()
        case .bookmark:
            if article != nil { return toggleBookmark() }
            if case .quotes(let view) = screen, view.kind != .bookmarks { return toggleHitBookmark(view) }
            return removeSelectedBookmark()
        case .removeBookmark: return removeSelectedBookmark()
        case .bookmarks:
            if case .quotes(let view) = screen, view.kind == .bookmarks { return pop() }
            stack.append(.quotes(QuoteListState(kind: .bookmarks, rows: marks.bookmarks.map { QuoteListState.Row($0, title: title(of: $0.doc)) })))
            if marks.bookmarks.isEmpty { message = "no bookmarks yet: s on a quote bookmarks it" }
            return []
        case .searchLibrary:
            if marks.remembers {
                prompt = Prompt(purpose: .library, origin: 0)
            } else {
                message = "no library to search (parley index PATH... makes one)"
            }
            return []
        default: return nil
        }
    }

    /// s in an article: bookmarks the current quote, or removes its bookmark.
    private mutating func toggleBookmark() -> [Effect] {
        guard let view = article else { return [] }
        guard let position = view.currentQuote else {
            message = "no current quote: ] or } selects one"
            return []
        }
        let article = corpus.articles[view.index]
        let quote = article.quotes[view.quoteOrder[position]]
        return toggle(QuoteMark(doc: corpus.summaries[view.index].doc, quote: quote.id, span: quote.span,
                                speaker: quote.actor.flatMap(index.name(of:)), text: article.text.string(quote.span)))
    }

    /// s in the library search's results: bookmarks the selected quote, or removes its bookmark.
    private mutating func toggleHitBookmark(_ view: QuoteListState) -> [Effect] {
        guard view.rows.indices.contains(view.cursor) else { return [] }
        let row = view.rows[view.cursor]
        guard let quote = row.quote else {
            message = "a claim, not a quote: Enter opens its article, where s bookmarks the quote"
            return []
        }
        return toggle(QuoteMark(doc: row.doc, quote: quote, span: row.span, speaker: row.speaker, text: row.text))
    }

    private mutating func toggle(_ mark: QuoteMark) -> [Effect] {
        if marks.isBookmarked(doc: mark.doc, quote: mark.quote) {
            marks.bookmarks.removeAll { $0.doc == mark.doc && $0.quote == mark.quote }
            message = "bookmark removed"
            return marks.remembers ? [.unbookmark(doc: mark.doc, quote: mark.quote)] : []
        }
        marks.bookmarks.append(mark)
        message = marks.remembers ? "bookmarked; B lists bookmarks" : "bookmarked for this session only: no library"
        return marks.remembers ? [.bookmark(mark)] : []
    }

    /// d (or s) in the list of bookmarks.
    private mutating func removeSelectedBookmark() -> [Effect] {
        guard case .quotes(var view) = screen, view.kind == .bookmarks else { return [] }
        guard view.rows.indices.contains(view.cursor) else {
            message = "no bookmark to remove"
            return []
        }
        let row = view.rows.remove(at: view.cursor)
        stack[stack.count - 1] = .quotes(view)
        let quote = row.quote ?? ""
        marks.bookmarks.removeAll { $0.doc == row.doc && $0.quote == quote }
        message = "bookmark removed"
        return marks.remembers ? [.unbookmark(doc: row.doc, quote: quote)] : []
    }
}
