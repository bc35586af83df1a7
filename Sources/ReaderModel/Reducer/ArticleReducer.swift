import Corpus

extension ReaderState {
    var articlePanes: Layout.ArticlePanes { Layout.article(size: size, focus: article?.focus ?? .document) }
    var actorPage: Int { max(1, articlePanes.actors.inner.height) }
    /// Claims take two lines each: stance and topic, then evidence.
    var claimPage: Int { max(1, articlePanes.claims.inner.height / 2) }

    mutating func articleCommand(_ command: Command) -> [Effect] {
        guard var view = article else { return [] }
        switch command {
        case .nextPane, .prevPane:
            let step = command == .nextPane ? 1 : Pane.allCases.count - 1
            view.focus = Pane(rawValue: (view.focus.rawValue + step) % Pane.allCases.count) ?? .document
        case .nextSpeakerQuote, .prevSpeakerQuote:
            guard let speaker = view.selectedActor else {
                message = "no speakers in this article"
                break
            }
            stepQuote(forward: command == .nextSpeakerQuote, speaker: speaker, in: &view)
        case .nextQuote, .prevQuote:
            stepQuote(forward: command == .nextQuote, speaker: nil, in: &view)
        case .nextMatch, .prevMatch:
            stepMatch(forward: command == .nextMatch, in: &view)
        case .search:
            view.search = SearchState()
            prompt = Prompt(origin: view.top)
        case .toggleScope:
            toggleScope(&view)
        case .mark:
            toggleMark(view.selectedActor)
        case .copyQuote:
            article = view
            return copyCurrentQuote()
        case .nextArticle, .prevArticle:
            view = neighbour(of: view, forward: command == .nextArticle)
        case .open:
            article = view
            open(from: view)
            return []
        case .close:
            guard view.search.query.isEmpty else {
                view.search = SearchState()
                break
            }
            return pop()
        case .back:
            return pop()
        case .compare:
            article = view
            openCompare()
            return []
        default:
            move(command, in: &view)
        }
        article = view
        return []
    }

    /// j/k and paging act on the focused pane.
    private mutating func move(_ command: Command, in view: inout ArticleState) {
        switch view.focus {
        case .document:
            guard let motion = Motion(command, page: documentPage) else { return }
            let maxTop = max(0, view.layout.count - documentPage)
            view.top = motion.applied(to: view.top, count: maxTop + 1)
        case .actors:
            guard let motion = Motion(command, page: actorPage) else { return }
            view.actorCursor = motion.applied(to: view.actorCursor, count: view.actors.count)
            selectionChanged(&view)
        case .claims:
            guard let motion = Motion(command, page: claimPage) else { return }
            view.claimCursor = motion.applied(to: view.claimCursor, count: view.claims.count)
        }
    }

    /// The sidebar cursor moved: the claims panel follows the selected actor.
    mutating func selectionChanged(_ view: inout ArticleState) {
        view.claims = claims(of: view.selectedActor?.id, in: view.index, scope: view.scope)
        view.claimCursor = 0
        view.claimTop = 0
    }

    /// a: the sidebar lists this article's actors or the corpus's, and takes the focus, since
    /// choosing among them (to mark, compare, follow) is why one asks.
    private mutating func toggleScope(_ view: inout ArticleState) {
        let selected = view.selectedActor?.id
        view.scope = view.scope == .article ? .corpus : .article
        view.focus = .actors
        view.actors = actorRows(view, scope: view.scope)
        view.actorCursor = view.actors.firstIndex { $0.id == selected } ?? 0
        view.actorTop = 0
        selectionChanged(&view)
        message = view.scope == .corpus ? "actors of the whole corpus" : "actors of this article"
    }

    mutating func toggleMark(_ actor: ActorRow?) {
        guard let actor else {
            message = "no actor selected"
            return
        }
        if let at = marked.firstIndex(of: actor.id) {
            marked.remove(at: at)
            message = "unmarked \(actor.name) (\(marked.count) marked)"
        } else {
            marked.append(actor.id)
            message = "marked \(actor.name) (\(marked.count) marked\(marked.count >= 2 ? "; c to compare" : ""))"
        }
    }

    /// J/K: the next article of the (filtered) list, wrapping, keeping focus and scope.
    private mutating func neighbour(of view: ArticleState, forward: Bool) -> ArticleState {
        let rows = list.rows.isEmpty ? Array(corpus.summaries.indices) : list.rows
        let position = rows.firstIndex(of: view.index) ?? 0
        var next = position + (forward ? 1 : -1)
        if !rows.indices.contains(next) {
            next = forward ? 0 : rows.count - 1
            message = forward ? "last article, wrapped to first" : "first article, wrapped to last"
        }
        if list.rows.indices.contains(next) { list.cursor = next }
        guard var fresh = makeArticle(rows[next]) else { return view }
        if view.scope != fresh.scope { toggleScope(&fresh) }
        fresh.focus = view.focus
        return fresh
    }

    /// Enter: in the sidebar, go to the actor's first quote; in the document, select the current
    /// quote's speaker; in the claims panel, go to the claim's evidence.
    private mutating func open(from view: ArticleState) {
        var view = view
        switch view.focus {
        case .actors:
            guard let speaker = view.selectedActor else { return }
            view.currentQuote = nil
            view.top = 0
            view.focus = .document
            stepQuote(forward: true, speaker: speaker, in: &view, announceWrap: false)
            article = view
        case .document:
            guard let position = view.currentQuote,
                  let actor = corpus.articles[view.index].quotes[view.quoteOrder[position]].actor else { return }
            if let row = view.actors.firstIndex(where: { $0.id == actor }) {
                view.actorCursor = row
                selectionChanged(&view)
                message = "selected \(view.actors[row].name)"
            }
            article = view
        case .claims:
            guard view.claims.indices.contains(view.claimCursor) else { return }
            article = view
            jump(to: view.claims[view.claimCursor])
        }
    }

    /// Shows a claim's evidence in its article, opening that article if needed.
    mutating func jump(to ref: ClaimRef) {
        let claim = corpus.claim(ref)
        if case .article(let current) = screen, current.index == ref.article {
            var view = current
            reveal(claim: claim, in: &view)
            article = view
            return
        }
        guard var view = makeArticle(ref.article) else { return }
        if let row = view.actors.firstIndex(where: { $0.id == claim.actor }) {
            view.actorCursor = row
            selectionChanged(&view)
        }
        reveal(claim: claim, in: &view)
        if case .article = screen { stack[stack.count - 1] = .article(view) } else { stack.append(.article(view)) }
    }

    private func reveal(claim: Claim, in view: inout ArticleState) {
        let quotes = corpus.articles[view.index].quotes
        view.currentQuote = view.quoteOrder.firstIndex { quotes[$0].id == claim.quote }
        view.focus = .document
        reveal(claim.span, in: &view)
    }

    /// Scrolls so that a span is on screen, a third of the way down, unless it already is.
    func reveal(_ span: Span, in view: inout ArticleState) {
        guard view.layout.count > 0 else { return }
        let first = view.layout.line(containing: span.start)
        let last = view.layout.line(containing: max(span.start, span.end - 1))
        let page = documentPage
        if first < view.top || last >= view.top + page {
            view.top = max(0, min(first - page / 3, view.layout.count - page))
        }
    }
}
