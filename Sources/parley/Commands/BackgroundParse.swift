import Corpus
import Dispatch
import ReaderModel
import Synchronization

/// Reads and parses the whole corpus on another thread while the reader shows the list from summaries;
/// the terminal loop polls it and hands progress and the result to the session.
final class BackgroundParse: Sendable {
    private struct Outcome {
        var done = 0
        var corpus: ParsedCorpus?
        /// Progress the session has not been told of.
        var fresh = false
    }

    private let outcome = Mutex(Outcome())

    /// `files[i]` is the file of the list's article i.
    init(_ files: [String]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // A file gone since the list was made still takes its place, empty, so that the articles
            // keep their positions; opening it shows its title and no text.
            let sources = files.map { file in
                (try? Loader.load(file: file).get()) ?? SourceText(doc: file, path: file, text: "")
            }
            let corpus = CorpusBuilder.build(sources) { done in
                outcome.withLock { $0.done = done; $0.fresh = true }
            }
            outcome.withLock { $0.corpus = corpus; $0.fresh = true }
        }
    }

    /// Gives the session what arrived since the last poll; true when anything did.
    func poll(_ session: inout ReaderSession) -> Bool {
        guard session.isParsing else { return false }
        let (done, corpus) = outcome.withLock { outcome -> (Int?, ParsedCorpus?) in
            defer { outcome.fresh = false }
            return (outcome.fresh ? outcome.done : nil, outcome.corpus)
        }
        if let corpus {
            session.corpusDidLoad(corpus)
            return true
        }
        guard let done else { return false }
        session.parsingProgress(done)
        return true
    }
}
