import Corpus
import Library
import ReaderModel

/// The reader's memory, kept in the library: reads what was remembered at start-up, performs the
/// effects that store reading state, and answers library searches. A store that fails never stops
/// reading: the first failure is one line in the status bar, and nothing more is written after it.
final class ReaderMemory {
    private let store: LibraryStore?
    /// Why nothing will be remembered, said once when reading starts.
    private var problem: String?
    private var writable: Bool

    private init(store: LibraryStore?, problem: String?) {
        self.store = store
        self.problem = problem
        writable = store != nil
    }

    /// The library the reader is reading, or that --db named.
    convenience init(store: LibraryStore) {
        self.init(store: store, problem: nil)
    }

    /// The library at `path`, created when missing; without one, reading goes on without memory.
    static func open(path: String) -> ReaderMemory {
        do {
            return ReaderMemory(store: try LibraryStore.open(path: path), problem: nil)
        } catch {
            return ReaderMemory(store: nil, problem: "reading state is not remembered: \(error.description)")
        }
    }

    /// Gives the session what was remembered (reopening where the last run left off) and says why
    /// nothing was, if so.
    func start(_ session: inout ReaderSession) {
        let marks = self.marks()
        for effect in session.remember(marks) { perform(effect, &session) }
        if let problem { session.libraryFailed(problem) }
    }

    private func marks() -> ReadingMarks {
        guard let store else { return .none }
        do {
            let states = try store.readingPositions()
            return ReadingMarks(positions: states.positions, read: states.read,
                                bookmarks: try store.bookmarks().map(QuoteMark.init),
                                resume: try store.resumeState().map { ResumePoint(doc: $0.doc, inArticle: $0.inArticle) })
        } catch {
            writable = false
            problem = "reading state is not remembered: \(error.description)"
            return .none
        }
    }

    /// Performs one effect of the session's against the library; the terminal hands over those it
    /// does not know.
    func perform(_ effect: Effect, _ session: inout ReaderSession) {
        guard let store else { return }
        if case .searchLibrary(let query) = effect { return search(query, in: store, &session) }
        guard writable else { return }
        do {
            switch effect {
            case .savePosition(let doc, let offset): try store.savePosition(doc: doc, position: offset)
            case .setRead(let doc, let read): try store.setRead(doc: doc, read)
            case .bookmark(let mark):
                try store.bookmark(doc: mark.doc, quote: mark.quote, start: mark.span?.start, end: mark.span?.end,
                                   speaker: mark.speaker, text: mark.text)
            case .unbookmark(let doc, let quote): try store.removeBookmark(doc: doc, quote: quote)
            case .saveResume(let point): try store.saveResume(doc: point.doc, inArticle: point.inArticle)
            default: break
            }
        } catch {
            writable = false
            session.libraryFailed("not saved: \(error.description); reading goes on without saving")
        }
    }

    private func search(_ query: String, in store: LibraryStore, _ session: inout ReaderSession) {
        do {
            let hits = try store.search(SearchQuery(text: query, limit: 100)).map(LibraryHit.init)
            for effect in session.librarySearchFinished(query: query, hits: hits) { perform(effect, &session) }
        } catch {
            session.libraryFailed("library search failed: \(error.description)")
        }
    }
}

extension QuoteMark {
    init(_ bookmark: Bookmark) {
        let span = bookmark.start.flatMap { start in bookmark.end.map { Span(start, $0) } }
        self.init(doc: bookmark.doc, quote: bookmark.quote, span: span, speaker: bookmark.speaker, text: bookmark.text)
    }
}

extension LibraryHit {
    init(_ hit: SearchHit) {
        self.init(doc: hit.doc, quote: hit.source == .quote ? hit.id : nil, span: hit.span, speaker: hit.speaker, text: hit.text)
    }
}
