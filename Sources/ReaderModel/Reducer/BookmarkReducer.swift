import Corpus

/// Keys of reading state and the library, on whichever screen they mean something.
extension ReaderState {
    /// The effects of a bookmark, read-state or library command; nil for any other command.
    mutating func memoryCommand(_ command: Command) -> [Effect]? {
        switch command {
        case .toggleRead: return toggleRead()
        case .bookmark: return article != nil ? toggleBookmark() : removeSelectedBookmark()
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
        let doc = corpus.summaries[view.index].doc
        if marks.isBookmarked(doc: doc, quote: quote.id) {
            marks.bookmarks.removeAll { $0.doc == doc && $0.quote == quote.id }
            message = "bookmark removed"
            return marks.remembers ? [.unbookmark(doc: doc, quote: quote.id)] : []
        }
        let mark = QuoteMark(doc: doc, quote: quote.id, span: quote.span, speaker: quote.actor.flatMap(index.name(of:)),
                             text: article.text.string(quote.span))
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
