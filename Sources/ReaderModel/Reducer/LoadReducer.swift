import Corpus

extension ReaderState {
    /// Summaries made after the first frame arrived: the list shows them, a filter takes them in, and the
    /// cursor stays on its article.
    mutating func summariesArrived(_ batch: [ArticleSummary], at start: Int) {
        corpus.summariesArrived(batch, at: start)
        index.summariesArrived(batch, at: start, summaries: corpus.summaries)
        guard !list.filter.isEmpty else { return }
        let current = list.rows.indices.contains(list.cursor) ? list.rows[list.cursor] : nil
        let top = list.top
        list.filterSteps = [] // rows found before these summaries came
        setFilter(list.filter)
        if let current, let row = list.rows.firstIndex(of: current) { (list.cursor, list.top) = (row, min(top, row)) }
    }

    /// The background parse has done `count` articles.
    mutating func parsingProgressed(_ count: Int) {
        parsedCount = min(count, corpus.count)
    }

    /// The whole corpus is parsed: counts, corpus-wide actors and compare work from now on.
    /// Articles on screen were parsed on their own, with local actor ids; they are swapped for
    /// the corpus's own, keeping the reading position, focus, search and selected speaker.
    mutating func corpusLoaded(_ parsed: ParsedCorpus) {
        guard !corpus.isParsed else { return }
        let markedNames = marked.compactMap { index.name(of: $0) }
        corpus.load(parsed)
        index = CorpusIndex(corpus)
        parsedCount = corpus.count
        marked = markedNames.compactMap(corpusActorID(named:))
        for position in stack.indices {
            if case .article(let view) = stack[position] { stack[position] = .article(reopened(view)) }
        }
    }

    private mutating func reopened(_ old: ArticleState) -> ArticleState {
        // Every article is parsed now: making its view cannot fail.
        guard var view = makeArticle(old.index) else { return old }
        view.top = view.layout == old.layout ? old.top : view.layout.line(containing: topOffset(of: old))
        view.focus = old.focus
        view.search = old.search
        if let current = old.currentQuote, view.quoteOrder.indices.contains(current) { view.currentQuote = current }
        view.scope = old.scope
        view.actors = actorRows(view, scope: old.scope)
        let selected = old.selectedActor.flatMap { corpusActorID(named: $0.name) }
        view.actorCursor = view.actors.firstIndex { $0.id == selected } ?? 0
        selectionChanged(&view)
        return view
    }

    /// Where the text on screen begins. Only for a layout that changed: the same text at the same
    /// width lays out alike, and then the line number carries over exactly.
    private func topOffset(of view: ArticleState) -> Int {
        view.layout.lines.indices.contains(view.top) ? view.layout.lines[view.top].start : 0
    }

    /// The corpus-wide id of the actor known by this name in some article.
    private func corpusActorID(named name: String) -> String? {
        corpus.actors.first { $0.name == name || $0.aliases.contains(name) }?.id
    }
}
