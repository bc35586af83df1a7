import ArgumentParser
import Corpus
import Foundation
import Library
import ReaderModel
import Terminal

/// The reader: `parley [PATH...]`.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles in the terminal (the default command).",
        discussion: """
            With one file, opens that article; with a folder or several files, the corpus list. With --db PATH and \
            no paths, reads that library (made by `parley index`): the list, actors, claims and compare come from it \
            without parsing every article. Without paths or --db, reads the default library when it exists and has \
            articles, else ./corpus, else the installed sample corpus.
            """
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String] = []

    @Option(help: "Theme name (dark, light, high-contrast, mono) or path to a theme file.")
    var theme: String?

    @Flag(help: "ASCII borders and markers.")
    var ascii = false

    @Flag(help: "Scroll with the wheel and click to select.")
    var mouse = false

    @Option(help: "Widest the article text is wrapped to, in columns.")
    var maxWidth: Int?

    @Flag(help: "Print the configuration in effect and exit.")
    var printConfig = false

    @Flag(help: "Print the key bindings as a markdown table and exit.")
    var helpKeys = false

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Render the first frame at this size as text to standard output, and exit.", valueName: "WxH"))
    var renderOnce: String?

    func validate() throws {
        if let renderOnce, RenderSize(renderOnce) == nil { throw ValidationError("--render-once wants WIDTHxHEIGHT, e.g. 120x40") }
        if let maxWidth, maxWidth < 20 { throw ValidationError("--max-width must be at least 20") }
        // Some missing paths are reported and skipped; none found at all is a usage error.
        if !paths.isEmpty, !paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw ValidationError("nothing to read: \(paths.joined(separator: ", ")) not found")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var config = try loadConfig(environment)
        if let theme { config.theme = theme }
        if let maxWidth { config.maxWidth = maxWidth }
        config.mouse = config.mouse || mouse
        config.ascii = config.ascii || ascii
        let options = ReaderOptions(ascii: config.ascii, maxTextWidth: config.maxWidth, mouse: config.mouse, keyOverrides: config.keys)
        let keymap = Keymap.standard.applying(config.keys)
        if helpKeys { return print(keymap.markdown, terminator: "") }
        if printConfig { return print(config.printed(keymap: keymap), terminator: "") }
        let loadedTheme = try loadTheme(config.theme, environment: environment)
        if renderOnce == nil { try check(environment) }

        let source = try ReaderSource.choose(paths: paths, library: library)
        var (session, afterwards) = try start(source, options: options)
        if let renderOnce, let size = RenderSize(renderOnce) {
            let grid = session.render(width: size.width, height: size.height)
            let rows = (0..<grid.height).map { grid.text(row: $0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            return print(rows.joined(separator: "\n"))
        }
        // Only a real session remembers: --render-once neither reads nor writes the library. The library
        // read (or named by --db) keeps the reading state; reading files without --db, the default one.
        let memory = source.store.map(ReaderMemory.init(store:)) ?? ReaderMemory.open(path: library.path)
        memory.start(&session)
        do {
            try TerminalApp.run(session, theme: loadedTheme, environment: environment, poll: afterwards.start(),
                                perform: memory.perform)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The session to show first, and what to do once the reader runs: parse the files in the background,
    /// or count the library's quotes (a library has the corpus-wide view already).
    private func start(_ source: ReaderSource, options: ReaderOptions) throws -> (ReaderSession, AfterFirstFrame) {
        switch source.mode {
        case .library(let store, let documents):
            let articles = LibraryArticles(store: store, documents: documents)
            return (ReaderSession(summaries: articles.summaries, source: articles, facts: articles, options: options), .count(articles))
        case .files(let inputs) where inputs.count == 1 && !ReaderSource.isFolder(inputs[0]):
            // One article opened directly is parsed before the first frame: it takes milliseconds.
            let loaded = Loader.load(paths: inputs)
            Diagnostics.report(loaded.problems)
            guard !loaded.sources.isEmpty else { throw nothingToRead(inputs) }
            var readerOptions = options
            readerOptions.openArticle = 0
            return (ReaderSession(corpus: CorpusBuilder.build(loaded.sources), options: readerOptions), .nothing)
        case .files(let inputs):
            // The list shows at once: the first screenful summarized from the start of each file, the
            // other files by name until their summaries follow; articles are read and parsed when opened
            // and, in the background, all together (for counts and corpus-wide actors).
            let walk = Loader.files(in: inputs)
            Diagnostics.report(walk.problems)
            let files = walk.files
            let listed = min(files.count, FileListing.firstScreenful)
            let first = FileListing.summaries(files[0..<listed])
            Diagnostics.report(first.problems)
            guard listed < files.count || first.problems.count < listed else { throw nothingToRead(inputs) }
            let summaries = first.summaries + files[listed...].map(FileListing.standIn)
            let session = ReaderSession(summaries: summaries, source: FileArticles(paths: files), listed: listed, options: options)
            return (session, .parse(files, listed: listed))
        }
    }

    private func nothingToRead(_ inputs: [String]) -> ExitCode {
        Diagnostics.error("no articles to read in \(inputs.joined(separator: ", "))")
        return ExitCode(1)
    }

    private func loadConfig(_ environment: [String: String]) throws -> Config {
        do {
            return try Config.load(path: Config.defaultPath(environment: environment))
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }

    private func loadTheme(_ name: String, environment: [String: String]) throws -> Theme {
        do {
            return try ThemeLocator.load(name, environment: environment)
        } catch {
            // The default theme missing (a bare binary) is no reason not to read: attributes still work.
            if theme == nil && name == "dark" { return .plain }
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }

    private func check(_ environment: [String: String]) throws {
        do {
            try TerminalApp.check(environment: environment)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// `--render-once 120x40`.
struct RenderSize {
    var width: Int
    var height: Int

    init?(_ text: String) {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else { return nil }
        self.width = width
        self.height = height
    }
}
