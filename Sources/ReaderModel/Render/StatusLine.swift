/// The last row: `[k/N] title │ speaker │ quote k/N │ NN% │ MODE`, a transient message after
/// it, or the search prompt while typing. The title gives way first when space is short.
struct StatusLine {
    let state: ReaderState
    let symbols: Symbols

    func draw(into grid: inout Grid) {
        let y = grid.height - 1
        guard y >= 0 else { return }
        grid.fill(Rect(x: 0, y: y, width: grid.width, height: 1), style: Style(.status))
        let fields = self.fields
        let separator = " \(symbols.separator) "
        var tail = fields.rest.isEmpty ? "" : separator + fields.rest.joined(separator: separator)
        var x = 0
        if let prompt = state.prompt {
            var label = "\(prompt.purpose == .library ? "search library: " : "/")\(prompt.text)_"
            if let search = state.article?.search, !search.query.isEmpty {
                label += search.current.map { " (\($0 + 1) of \(search.matches.count))" } ?? " (not found)"
            }
            x = grid.draw(label, x: 0, y: y, style: Style(.statusMessage, bold: true)) + 1
            tail = ""
        }
        let message = state.message.map { " \(symbols.separator) \($0)" } ?? ""
        let titleRoom = max(0, grid.width - x - Glyph.width(of: tail) - Glyph.width(of: message))
        let minimumTitle = min(12, Glyph.width(of: fields.title))
        if titleRoom < minimumTitle { tail = "" }
        x = grid.draw(fields.title, x: x, y: y, maxX: x + max(titleRoom, minimumTitle), style: Style(.status, bold: true),
                      ellipsis: symbols.ellipsis)
        x = grid.draw(tail, x: x, y: y, style: Style(.status))
        grid.draw(message, x: x, y: y, style: Style(.statusMessage, bold: true), ellipsis: symbols.ellipsis)
    }

    /// The title (which may shrink) and the fields after it, with the listing's or the background parse's progress
    /// before the mode while it runs.
    private var fields: (title: String, rest: [String]) {
        var fields = screenFields
        if state.corpus.listed < state.corpus.count {
            fields.rest.insert("listing\(symbols.ellipsis) \(state.corpus.listed)/\(state.corpus.count)", at: max(0, fields.rest.count - 1))
        } else if !state.corpus.isParsed {
            fields.rest.insert("parsing\(symbols.ellipsis) \(state.parsedCount)/\(state.corpus.count)", at: max(0, fields.rest.count - 1))
        }
        return fields
    }

    private var screenFields: (title: String, rest: [String]) {
        if state.help != nil { return ("parley help", ["? or Esc closes", "HELP"]) }
        switch state.screen {
        case .list(let list):
            let count = list.rows.count
            let current = list.rows.indices.contains(list.cursor) ? list.rows[list.cursor] : nil
            let title = current.map { state.corpus.summaries[$0].title } ?? "no articles"
            return ("[\(count == 0 ? 0 : list.cursor + 1)/\(count)] \(title)",
                    [percent(list.cursor + 1, of: count), list.filter.isEmpty ? "LIST" : "LIST (filtered)"])
        case .article(let view):
            return articleFields(view)
        case .compare(let view):
            let topic = view.topics.indices.contains(view.row) ? view.topics[view.row] : "no topics"
            let actor = view.actors.indices.contains(view.column) ? state.index.name(of: view.actors[view.column]) ?? "" : ""
            return ("[\(view.topics.isEmpty ? 0 : view.row + 1)/\(view.topics.count)] \(topic)", [actor, "COMPARE"])
        case .quotes(let view):
            return QuoteListView(state: state, view: view, symbols: symbols).statusFields
        }
    }

    private func articleFields(_ view: ArticleState) -> (title: String, rest: [String]) {
        let article = state.corpus.articles[view.index]
        let quote = view.currentQuote.map { article.quotes[view.quoteOrder[$0]] }
        let speaker = state.index.name(of: quote?.actor) ?? view.selectedActor?.name ?? symbols.dash
        let position = view.currentQuote.map { "\($0 + 1)" } ?? symbols.dash
        let mode = state.prompt != nil ? "SEARCH" : view.search.query.isEmpty ? "READ" : "READ /\(view.search.query)"
        return ("[\(view.index + 1)/\(state.corpus.count)] \(article.title)",
                [speaker, "quote \(position)/\(article.quotes.count)", seen(view, of: article.text.count), mode])
    }

    /// How much of the article is on screen or above it: by lines once the whole is laid out, by
    /// code points before (how many lines there will be is not known yet).
    private func seen(_ view: ArticleState, of codePoints: Int) -> String {
        let lines = view.layout.lines
        let shown = min(lines.count, view.top + state.documentPage)
        if view.layout.isComplete { return percent(lines.isEmpty ? 0 : shown, of: lines.count) }
        return percent(shown == 0 ? 0 : lines[shown - 1].end, of: codePoints)
    }

    private func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "100%" : "\(part * 100 / whole)%"
    }
}
