import Corpus
import Foundation
import ReaderModel

/// Start-up to first frame, and the cost of one keystroke's frame at 200x60.
enum ReaderBench {
    static let size = (width: 200, height: 60)

    /// The reader's own path: load, summaries, the list's first frame; parsing happens after it.
    static func startup(folder: String, label: String, into results: inout Results) {
        var grid: Grid?
        let time = Measure.seconds {
            let loaded = Loader.load(paths: [folder])
            let session = ReaderSession(sources: loaded.sources, summaries: Summarizer.summarize(loaded.sources))
            grid = session.render(width: size.width, height: size.height)
        }
        precondition(grid?.width == size.width)
        results.add("reader first frame, \(label) (in process)", time * 1000, "ms")
    }

    /// Median and 99th percentile of handling one key and rendering the frame.
    static func keystrokes(_ name: String, corpus: ParsedCorpus, setup: [InputEvent], keys: [InputEvent],
                           into results: inout Results) {
        var session = ReaderSession(corpus: corpus)
        _ = session.handle(.resize(width: size.width, height: size.height))
        for event in setup { _ = session.handle(event) }
        let latencies = Measure.latencies(count: keys.count) { index in
            _ = session.handle(keys[index])
            _ = session.render(width: size.width, height: size.height)
        }
        results.add("frame: \(name), median", latencies.percentile(0.5), "ms")
        results.add("frame: \(name), p99", latencies.percentile(0.99), "ms")
    }

    static func interaction(corpus: ParsedCorpus, bigArticle: ParsedCorpus, into results: inout Results) {
        let open: [InputEvent] = [.key(.enter)]
        keystrokes("scroll (j)", corpus: corpus, setup: open, keys: Array(repeating: .key(.char("j")), count: 200),
                   into: &results)
        keystrokes("next quote of speaker (])", corpus: corpus, setup: open + [.key(.tab), .key(.enter)],
                   keys: Array(repeating: .key(.char("]")), count: 200), into: &results)
        let query = "negotiations".map { InputEvent.key(.char($0)) }
        keystrokes("incremental search, 5 MB article", corpus: bigArticle, setup: open + [.key(.char("/"))],
                   keys: query, into: &results)
        let compare: [InputEvent] = [.key(.char("a")), .key(.char("m")), .key(.char("j")), .key(.char("m")),
                                     .key(.char("c"))]
        keystrokes("open compare across the corpus", corpus: corpus, setup: open,
                   keys: compare + [.key(.escape)] + compare, into: &results)
    }
}
