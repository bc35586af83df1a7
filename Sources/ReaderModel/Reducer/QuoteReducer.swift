import Corpus

extension ReaderState {
    /// ] [ } {: the next or previous quote, of one speaker or of anyone, wrapping with a message.
    /// From the current quote while it is on screen, else from the top of the screen.
    mutating func stepQuote(forward: Bool, speaker: ActorRow?, in view: inout ArticleState, announceWrap: Bool = true) {
        let quotes = corpus.articles[view.index].quotes
        let candidates = view.quoteOrder.indices.filter { speaker == nil || quotes[view.quoteOrder[$0]].actor == speaker?.id }
        let whose = speaker.map { " of \($0.name)" } ?? ""
        guard !candidates.isEmpty else {
            message = speaker.map { "no quotes by \($0.name) in this article" } ?? "no quotes in this article"
            return
        }
        let starts = view.quoteOrder.map { quotes[$0].span.start }
        var next: Int?
        if let current = view.currentQuote, isOnScreen(quotes[view.quoteOrder[current]].span, view) {
            next = forward ? candidates.first { $0 > current } : candidates.last { $0 < current }
        } else {
            let offset = view.layout.lines.indices.contains(view.top) ? view.layout.lines[view.top].start : 0
            next = forward ? candidates.first { starts[$0] >= offset } : candidates.last { starts[$0] < offset }
        }
        if next == nil {
            next = forward ? candidates.first : candidates.last
            if announceWrap {
                message = forward ? "last quote\(whose), wrapped to first" : "first quote\(whose), wrapped to last"
            }
        }
        guard let next else { return }
        view.currentQuote = next
        reveal(quotes[view.quoteOrder[next]].span, in: &view)
    }

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
