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
/// (Placeholder: shows the first article's title; the reader issue fills this in.)
public struct ReaderSession: Sendable {
    public let corpus: ParsedCorpus
    public let options: ReaderOptions
    private var size = (width: 80, height: 24)

    public init(corpus: ParsedCorpus, options: ReaderOptions = ReaderOptions()) {
        self.corpus = corpus
        self.options = options
    }

    /// Problems with key rebindings, one line each, naming the config line. Empty when all are valid.
    public static func validate(_ overrides: [KeyBindingOverride]) -> [String] { [] }

    public mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .key(.char("q")): return [.quit]
        case .resize(let width, let height): size = (width, height)
        default: break
        }
        return []
    }

    public func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let title = corpus.articles.first?.title ?? "parley"
        for (x, character) in title.prefix(width).enumerated() where height > 0 {
            grid[x, 0] = Cell(String(character), style: Style(.title))
        }
        return grid
    }
}
