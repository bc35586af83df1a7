import Corpus
import Dispatch
import ReaderModel
import Synchronization

/// Summarizes the rest of the list, then reads and parses the whole corpus, on another thread while the
/// reader shows the list; the terminal loop polls it and hands summaries, progress and the result to the
/// session.
final class BackgroundParse: Sendable {
    private struct Outcome {
        /// Summaries the session has not been given, by the index of their first article.
        var summaries: [(start: Int, batch: [ArticleSummary])] = []
        var done = 0
        var corpus: ParsedCorpus?
        /// Progress the session has not been told of.
        var fresh = false
    }

    private let outcome = Mutex(Outcome())

    /// `files[i]` is the file of the list's article i; those from `listed` on are not summarized yet.
    init(_ files: [String], listed: Int) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for start in stride(from: listed, to: files.count, by: FileListing.chunk) {
                let batch = FileListing.summaries(files[start..<min(files.count, start + FileListing.chunk)]).summaries
                outcome.withLock { $0.summaries.append((start, batch)) }
            }
            // A file gone since the list was made still takes its place, empty, so that the articles
            // keep their positions; opening it shows its name and no text.
            let sources = files.map { file in
                (try? Loader.load(file: file).get()) ?? SourceText(doc: Loader.doc(for: file), path: file, text: "")
            }
            let corpus = CorpusBuilder.build(sources) { done in
                outcome.withLock { $0.done = done; $0.fresh = true }
            }
            outcome.withLock { $0.corpus = corpus; $0.fresh = true }
        }
    }

    /// Gives the session what arrived since the last poll; true when anything did.
    func poll(_ session: inout ReaderSession) -> Bool {
        guard session.isListing || session.isParsing else { return false }
        let (summaries, done, corpus) = outcome.withLock { outcome -> ([(start: Int, batch: [ArticleSummary])], Int?, ParsedCorpus?) in
            defer { outcome.fresh = false; outcome.summaries = [] }
            return (outcome.summaries, outcome.fresh ? outcome.done : nil, outcome.corpus)
        }
        for (start, batch) in summaries { session.summariesDidArrive(batch, at: start) }
        if let corpus {
            session.corpusDidLoad(corpus)
            return true
        }
        if let done { session.parsingProgress(done) }
        return !summaries.isEmpty || done != nil
    }
}
