import Corpus

/// Options the executable passes in from flags and the config file.
public struct ReaderOptions: Sendable {
    /// ASCII borders and quote marks that do not rely on colour.
    public var ascii: Bool
    /// Readable maximum width of the document text, in columns.
    public var maxTextWidth: Int
    public var mouse: Bool
    /// Key rebindings from the config file, already validated.
    public var keyOverrides: [KeyBindingOverride]
    /// Open this article (index into the corpus) directly instead of the corpus list.
    public var openArticle: Int?

    public init(ascii: Bool = false, maxTextWidth: Int = 80, mouse: Bool = false,
                keyOverrides: [KeyBindingOverride] = [], openArticle: Int? = nil) {
        self.ascii = ascii
        self.maxTextWidth = maxTextWidth
        self.mouse = mouse
        self.keyOverrides = keyOverrides
        self.openArticle = openArticle
    }
}

/// One `[keys]` line of the config file: bind `keys` (as written, e.g. "j", "C-d", "PgDn") to a command name.
public struct KeyBindingOverride: Hashable, Sendable {
    public var command: String
    public var keys: [String]
    /// Line in the config file, for error messages.
    public var line: Int

    public init(command: String, keys: [String], line: Int) {
        self.command = command
        self.keys = keys
        self.line = line
    }
}

/// The whole reader as the terminal sees it: events in, effects out, a grid to paint.
public struct ReaderSession: Sendable {
    public internal(set) var state: ReaderState

    public init(corpus: ParsedCorpus, options: ReaderOptions = ReaderOptions()) {
        state = ReaderState(corpus: corpus, options: options)
    }

    /// A reader that starts from summaries, parsing an article when it is opened; the whole corpus
    /// follows with `corpusDidLoad`.
    public init(sources: [SourceText], summaries: [ArticleSummary], options: ReaderOptions = ReaderOptions()) {
        state = ReaderState(corpus: ReaderCorpus(sources: sources, summaries: summaries), options: options)
    }

    /// A reader that gets each article from `source` when it is opened. With `facts`, corpus-wide actors,
    /// claims and compare come from them at once; without, from `corpusDidLoad` once the whole is parsed.
    /// With `listed`, only the first summaries are made; the others are stand-ins until `summariesDidArrive`.
    public init(summaries: [ArticleSummary], source: any ArticleSource, facts: (any CorpusFacts)? = nil,
                listed: Int? = nil, options: ReaderOptions = ReaderOptions()) {
        state = ReaderState(corpus: ReaderCorpus(summaries: summaries, source: source, facts: facts, listed: listed),
                            options: options)
    }

    public var corpus: ReaderCorpus { state.corpus }
    /// Whether the whole corpus is still to arrive.
    public var isParsing: Bool { !state.corpus.isParsed }
    public var options: ReaderOptions { state.options }

    /// Problems with key rebindings, one line each, naming the config file and line. Empty when all are valid.
    public static func validate(_ overrides: [KeyBindingOverride], file: String = "config.toml") -> [String] {
        Keymap.problems(in: overrides, file: file)
    }

    public mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .key(let key): state.apply(.key(key))
        case .resize(let width, let height): state.apply(.resize(Size(width: width, height: height)))
        case .mouse(let mouse): state.options.mouse ? state.apply(.mouse(mouse)) : []
        }
    }

    /// The background parse has done `count` articles.
    public mutating func parsingProgress(_ count: Int) {
        state.parsingProgressed(count)
    }

    /// The background parse is done; `corpus` has the articles summarized, in the same order.
    public mutating func corpusDidLoad(_ corpus: ParsedCorpus) {
        state.corpusLoaded(corpus)
    }

    /// Whether there is work to do while no key is waiting (`idle`).
    public var hasIdleWork: Bool { state.hasIdleWork }

    /// No key is waiting: a step of the work left for later. True when the frame may have changed.
    public mutating func idle() -> Bool {
        _ = state.apply(.idle)
        return !state.hasIdleWork
    }

    /// Whether some summaries are still stand-ins.
    public var isListing: Bool { state.corpus.listed < state.corpus.count }

    /// Summaries made after the first frame, for the articles from `start` on.
    public mutating func summariesDidArrive(_ summaries: [ArticleSummary], at start: Int) {
        state.summariesArrived(summaries, at: start)
    }

    /// Quotes and actors per article, counted elsewhere (a library index) after the first frame.
    public mutating func countsDidLoad(_ counts: [ArticleCounts]) {
        guard counts.count == state.corpus.count else { return }
        state.index.countsLoaded(counts)
    }

    /// The frame for a terminal of this size (the state is re-laid out first if the size changed).
    public func render(width: Int, height: Int) -> Grid {
        let size = Size(width: width, height: height)
        guard size != state.size else { return ReaderModel.render(state) }
        var resized = state
        _ = resized.apply(.resize(size))
        return ReaderModel.render(resized)
    }
}
