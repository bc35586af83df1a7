import Dispatch
import ReaderModel
import Synchronization

/// Counts each library article's quotes and actors on another thread, for the list's numbers; the
/// terminal loop polls it and hands the counts to the session once.
final class BackgroundCounts: Sendable {
    private let counts = Mutex<[ArticleCounts]?>(nil)

    init(_ articles: LibraryArticles) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            guard let found = articles.counts() else { return }
            counts.withLock { $0 = found }
        }
    }

    func poll(_ session: inout ReaderSession) -> Bool {
        guard let found = counts.withLock({ counts in defer { counts = nil }; return counts }) else { return false }
        session.countsDidLoad(found)
        return true
    }
}
