import ReaderModel

/// Work for the reader that goes on after its first frame, started only when it runs in a terminal.
enum AfterFirstFrame {
    case nothing
    /// Summarize the list's files from `listed` on, then read and parse them all, for counts and
    /// corpus-wide actors.
    case parse([String], listed: Int)
    /// Count each library article's quotes and actors.
    case count(LibraryArticles)

    /// Starts the work; the terminal loop polls what it returns.
    func start() -> (inout ReaderSession) -> Bool {
        switch self {
        case .nothing: return { _ in false }
        case .parse(let files, let listed): return BackgroundParse(files, listed: listed).poll
        case .count(let articles): return BackgroundCounts(articles).poll
        }
    }
}
