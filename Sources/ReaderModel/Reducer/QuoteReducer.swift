import Corpus

extension ReaderState {
    /// ] [ } {: the next or previous quote, of one speaker or of anyone, wrapping with a message.
    /// From the current quote while it is on screen, else from the top of the screen.
    mutating func stepQuote(forward: Bool, speaker: ActorRow?, in view: inout ArticleState, announceWrap: Bool = true) {
        let quotes = corpus.articles[view.index].quotes
        let whose = speaker.map { " of \($0.name)" } ?? ""
        let next: (position: Int, wrapped: Bool)?
        if let speaker {
            next = step(forward: forward, among: view.quotes.byActor[speaker.id] ?? [], in: view)
        } else {
            next = step(forward: forward, among: view.quoteOrder.indices, in: view)
        }
        guard let next else {
            message = speaker.map { "no quotes by \($0.name) in this article" } ?? "no quotes in this article"
            return
        }
        if next.wrapped, announceWrap {
            message = forward ? "last quote\(whose), wrapped to first" : "first quote\(whose), wrapped to last"
        }
        view.currentQuote = next.position
        reveal(quotes[view.quoteOrder[next.position]].span, in: &view)
    }

    /// The candidate after (or before) the current quote while it is on screen, else after (before)
    /// the top of the screen, wrapping around; nil when there are no candidates. `candidates` are
    /// positions in the quote order, ascending, so this is a binary search.
    private func step(forward: Bool, among candidates: some RandomAccessCollection<Int>,
                      in view: ArticleState) -> (position: Int, wrapped: Bool)? {
        guard let first = candidates.first, let last = candidates.last else { return nil }
        let spans = view.quotes.spans
        let after: (Int) -> Bool
        if let current = view.currentQuote, isOnScreen(spans[current], view) {
            after = forward ? { $0 > current } : { $0 >= current }
        } else {
            let offset = view.layout.lines.indices.contains(view.top) ? view.layout.lines[view.top].start : 0
            after = { spans[$0].start >= offset }
        }
        let split = candidates.partitionPoint(where: after)
        if forward {
            return split < candidates.endIndex ? (candidates[split], false) : (first, true)
        }
        return split > candidates.startIndex ? (candidates[candidates.index(before: split)], false) : (last, true)
    }

    /// A span past the lines laid out is past the screen too: `settle` lays out a line beyond it.
    func isOnScreen(_ span: Span, _ view: ArticleState) -> Bool {
        guard view.layout.count > 0 else { return false }
        let line = view.layout.line(containing: span.start)
        return line >= view.top && line < view.top + documentPage
    }

    /// y: the current quote's text, for the terminal to put on the clipboard.
    mutating func copyCurrentQuote() -> [Effect] {
        guard let view = article, let position = view.currentQuote else {
            message = "no current quote; ] or } picks one"
            return [.bell]
        }
        let article = corpus.articles[view.index]
        let quote = article.quotes[view.quoteOrder[position]]
        let text = article.text.string(quote.span)
        let speaker = index.name(of: quote.actor).map { " of \($0)" } ?? ""
        message = "copied quote\(speaker) (\(text.unicodeScalars.count) characters)"
        return [.copyToClipboard(text)]
    }
}
