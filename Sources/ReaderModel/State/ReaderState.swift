import Corpus

/// Everything the reader shows, as a value. Only `reduce` changes it; `render` draws it.
public struct ReaderState: Sendable {
    public internal(set) var corpus: ReaderCorpus
    public internal(set) var index: CorpusIndex
    /// Articles parsed in the background so far, shown while the corpus is not yet parsed.
    public internal(set) var parsedCount = 0
    public let options: ReaderOptions
    public let keymap: Keymap
    public var size: Size
    /// The list is always at the bottom; the last screen is the one shown.
    public var stack: [Screen]
    /// Scroll offset of the help overlay when it is open.
    public var help: Int?
    public var prompt: Prompt?
    /// Actor ids marked for comparing, in the order marked.
    public var marked: [String] = []
    /// One transient line for the status bar, cleared by the next key.
    public var message: String?
    /// What is remembered between runs (positions, read articles, bookmarks).
    public internal(set) var marks = ReadingMarks.none

    public init(corpus: ParsedCorpus, options: ReaderOptions = ReaderOptions(), size: Size = Size(width: 80, height: 24)) {
        self.init(corpus: ReaderCorpus(corpus), options: options, size: size)
    }

    public init(corpus: ReaderCorpus, options: ReaderOptions = ReaderOptions(), size: Size = Size(width: 80, height: 24)) {
        self.corpus = corpus
        index = CorpusIndex(corpus)
        self.options = options
        keymap = Keymap.standard.applying(options.keyOverrides)
        self.size = size
        stack = [.list(ListState(rows: Array(corpus.summaries.indices)))]
        if let open = options.openArticle, corpus.summaries.indices.contains(open) {
            list.cursor = open
            if let view = makeArticle(open) { stack.append(.article(view)) }
        }
    }

    public var screen: Screen { stack[stack.count - 1] }

    public var list: ListState {
        get {
            guard case .list(let list) = stack[0] else { preconditionFailure("the list is the bottom screen") }
            return list
        }
        set { stack[0] = .list(newValue) }
    }

    /// The article view when it is the screen shown.
    public var article: ArticleState? {
        get {
            if case .article(let article) = screen { return article }
            return nil
        }
        set {
            if let newValue, case .article = screen { stack[stack.count - 1] = .article(newValue) }
        }
    }

    public var compare: CompareState? {
        get {
            if case .compare(let compare) = screen { return compare }
            return nil
        }
        set {
            if let newValue, case .compare = screen { stack[stack.count - 1] = .compare(newValue) }
        }
    }

    /// A fresh view of article `articleIndex`, wrapped for the current size; parses the article
    /// first if the corpus has not got to it yet. Nil, with a message saying why, when the article
    /// cannot be had (its file vanished since the list was made).
    mutating func makeArticle(_ articleIndex: Int) -> ArticleState? {
        if !corpus.articles.contains(articleIndex) {
            if case .failure(let problem) = corpus.parse(articleIndex) {
                message = problem.message
                return nil
            }
            if corpus.facts == nil { index.learnNames(of: corpus.articles[articleIndex]) }
        }
        let article = corpus.articles[articleIndex]
        var state = ArticleState(index: articleIndex, article: article, width: documentWidth)
        if let offset = marks.positions[corpus.summaries[articleIndex].doc] { state.place(at: offset) }
        state.actors = actorRows(state, scope: .article)
        state.claims = claims(of: state.selectedActor?.id, in: articleIndex, scope: .article)
        return state
    }

    /// The sidebar's actors for `view`: its article's, counting their quotes in the view's index of them, or the corpus's.
    func actorRows(_ view: ArticleState, scope: ActorScope) -> [ActorRow] {
        switch scope {
        case .corpus: return index.corpusActors
        case .article:
            return CorpusIndex.sorted(corpus.articles[view.index].actors.map {
                ActorRow(id: $0.id, name: $0.name, kind: $0.kind, quotes: view.quotes.count(of: $0.id))
            })
        }
    }

    mutating func claims(of actor: String?, in articleIndex: Int, scope: ActorScope) -> [ClaimRef] {
        guard let actor else { return [] }
        guard scope == .article else { return corpusClaims(of: actor) }
        // From the corpus index when it has them, by binary search: a pass over a long article's claims
        // makes each of thousands. Else from the article itself: it may be parsed on its own, before
        // the corpus index has its claims.
        if index.claimsByActor.articles.contains(articleIndex) { return index.claimsByActor[actor, in: articleIndex] }
        let claims = corpus.articles[articleIndex].claims
        return claims.indices.filter { claims[$0].actor == actor }.map { ClaimRef(article: articleIndex, claim: $0) }
    }

    /// Every claim by `actor` in the corpus: from the parsed corpus, or asked of the index.
    mutating func corpusClaims(of actor: String) -> [ClaimRef] {
        corpus.facts == nil ? index.claimsByActor[actor] : corpus.claims(by: actor)
    }

    /// Columns the document text wraps to at the current size.
    var documentWidth: Int {
        let inner = Layout.article(size: size, focus: .document).document.inner.width
        return max(1, min(options.maxTextWidth, inner - 2))
    }

    /// Lines of document on screen at once.
    var documentPage: Int { max(1, Layout.article(size: size, focus: .document).document.inner.height) }
}
