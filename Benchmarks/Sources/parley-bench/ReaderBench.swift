import Corpus
import Foundation
import ReaderModel
import SyntheticNews

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

    /// Median and 99th percentile of handling one key and rendering the frame, wall clock and CPU; with `marks`,
    /// reading where they say.
    static func keystrokes(_ name: String, corpus: @autoclosure () -> ParsedCorpus, marks: ReadingMarks? = nil,
                           setup: [InputEvent], keys: [InputEvent], into results: inout Results) {
        guard results.wants(name) else { return }
        var session = ReaderSession(corpus: corpus())
        _ = session.handle(.resize(width: size.width, height: size.height))
        if let marks { _ = session.remember(marks) }
        for event in setup { _ = session.handle(event) }
        let latencies = Measure.latenciesWithCPU(count: keys.count) { index in
            _ = session.handle(keys[index])
            _ = session.render(width: size.width, height: size.height)
        }
        results.add("frame: \(name), median", latencies.wall.percentile(0.5), "ms")
        results.add("frame: \(name), p99", latencies.wall.percentile(0.99), "ms")
        results.add("frame: \(name), CPU median", latencies.cpu.percentile(0.5), "ms")
        results.add("frame: \(name), CPU p99", latencies.cpu.percentile(0.99), "ms")
    }

    /// The 10k-article corpus and one 5 MB article, then every command of the keymap on them.
    /// The 10k corpus is built only if a figure wanted needs it (`--only` may ask for the 5 MB article alone).
    static func interaction(writer: CorpusWriter, into results: inout Results) {
        let corpus = Built {
            CorpusBuilder.build(writer.texts(articles: 10_000, seed: 42).enumerated().map {
                SourceText(doc: "a\($0.offset)", path: "", text: $0.element)
            })
        }
        var big = ""
        for text in writer.texts(articles: 2_000, seed: 7) where big.utf8.count < 5_000_000 { big += text }
        let bigArticle = CorpusBuilder.build([SourceText(doc: "big", path: "", text: big)])
        interaction(corpus: corpus, bigArticle: bigArticle, into: &results)
    }

    static func interaction(corpus: Built, bigArticle: ParsedCorpus, into results: inout Results) {
        layout(bigArticle.articles[0].text, into: &results)
        let open: [InputEvent] = [.key(.enter)]
        keystrokes("scroll (j)", corpus: corpus.value, setup: open, keys: Array(repeating: .key(.char("j")), count: 200),
                   into: &results)
        keystrokes("next quote of speaker (])", corpus: corpus.value, setup: open + [.key(.tab), .key(.enter)],
                   keys: Array(repeating: .key(.char("]")), count: 200), into: &results)
        let query = typed("negotiations")
        keystrokes("incremental search, 5 MB article", corpus: bigArticle, setup: open + typed("/"),
                   keys: query, into: &results)
        let compare: [InputEvent] = typed("amjmc")
        keystrokes("open compare across the corpus", corpus: corpus.value, setup: open,
                   keys: compare + [.key(.escape)] + compare, into: &results)
        keymapCommands(corpus: corpus, bigArticle: bigArticle, into: &results)
    }

    /// The rest of the keymap, each command (or a command and its opposite) 200 times.
    static func keymapCommands(corpus: Built, bigArticle: ParsedCorpus, into results: inout Results) {
        let open: [InputEvent] = [.key(.enter)]
        let retyping = (0..<8).flatMap { _ in typed("negotiations") + Array(repeating: .key(.backspace), count: 11) }
        keystrokes("search typing and deleting, 5 MB article", corpus: bigArticle, setup: open + typed("/"),
                   keys: retyping, into: &results)
        keystrokes("search: first letter and delete it, 5 MB article", corpus: bigArticle, setup: open + typed("/"),
                   keys: (0..<50).flatMap { _ in typed("n") + [.key(.backspace)] }, into: &results)
        keystrokes("next/previous match (n/N), 5 MB article", corpus: bigArticle,
                   setup: open + typed("/talks") + [.key(.enter)], keys: there("n", "N"), into: &results)
        keystrokes("line down/up (j/k), 5 MB article", corpus: bigArticle, setup: open, keys: there("j", "k"),
                   into: &results)
        keystrokes("page down/up (Space/b), 5 MB article", corpus: bigArticle, setup: open, keys: there(" ", "b"),
                   into: &results)
        keystrokes("half page down/up (C-d/C-u), 5 MB article", corpus: bigArticle, setup: open,
                   keys: Array(repeating: .key(.ctrl("d")), count: 100) + Array(repeating: .key(.ctrl("u")), count: 100),
                   into: &results)
        keystrokes("bottom/top (G/g), 5 MB article", corpus: bigArticle, setup: open,
                   keys: Array((0..<100).map { _ in typed("Gg") }.joined()), into: &results)
        keystrokes("next/previous quote (}/{), 5 MB article", corpus: bigArticle, setup: open, keys: there("}", "{"),
                   into: &results)
        keystrokes("next/previous quote of speaker (]/[), 5 MB article", corpus: bigArticle,
                   setup: open + [.key(.tab), .key(.enter)], keys: there("]", "["), into: &results)
        keystrokes("copy quote (y), 5 MB article", corpus: bigArticle, setup: open + typed("}"),
                   keys: Array(repeating: .key(.char("y")), count: 200), into: &results)
        keystrokes("next/previous pane (Tab/S-Tab)", corpus: corpus.value, setup: open,
                   keys: Array(repeating: .key(.tab), count: 100) + Array(repeating: .key(.backTab), count: 100),
                   into: &results)
        keystrokes("actors of article/corpus (a)", corpus: corpus.value, setup: open,
                   keys: Array(repeating: .key(.char("a")), count: 200), into: &results)
        keystrokes("mark/unmark (m)", corpus: corpus.value, setup: open + typed("a"),
                   keys: Array(repeating: .key(.char("m")), count: 200), into: &results)
        keystrokes("next/previous article (J/K)", corpus: corpus.value, setup: open, keys: there("J", "K"), into: &results)
        keystrokes("open article from the list and back (Enter/q)", corpus: corpus.value, setup: [],
                   keys: Array((0..<100).map { _ in [InputEvent.key(.enter), .key(.char("q"))] }.joined()), into: &results)
        keystrokes("open the 5 MB article from the list and back (Enter/q)", corpus: bigArticle, setup: [],
                   keys: Array((0..<5).map { _ in [InputEvent.key(.enter), .key(.char("q"))] }.joined()), into: &results)
        // Opened where it was left, near its end: laid out that far in one keystroke.
        keystrokes("reopen the 5 MB article at its end (Enter/q)", corpus: bigArticle,
                   marks: ReadingMarks(positions: ["big": bigArticle.articles[0].text.count - 100]), setup: [],
                   keys: Array((0..<5).map { _ in [InputEvent.key(.enter), .key(.char("q"))] }.joined()), into: &results)
        // The bottom right after opening: the whole article laid out in one keystroke.
        keystrokes("open the 5 MB article, its bottom and back (Enter/G/q)", corpus: bigArticle, setup: [],
                   keys: Array((0..<5).map { _ in [InputEvent.key(.enter), .key(.char("G")), .key(.char("q"))] }.joined()),
                   into: &results)
        keystrokes("open claim from the claims pane (Enter), corpus scope", corpus: corpus.value,
                   setup: open + typed("a") + [.key(.tab)],
                   keys: Array((0..<100).map { _ in [InputEvent.key(.enter), .key(.tab), .key(.tab)] }.joined()),
                   into: &results)
        keystrokes("help open/close (?), scroll (j)", corpus: corpus.value, setup: open,
                   keys: Array((0..<50).map { _ in typed("?jj?") }.joined()), into: &results)
        keystrokes("redraw (C-l)", corpus: corpus.value, setup: open, keys: Array(repeating: .key(.ctrl("l")), count: 200),
                   into: &results)
        keystrokes("list down/up (j/k), 10k articles", corpus: corpus.value, setup: [], keys: there("j", "k"), into: &results)
        keystrokes("list filter typing, 10k articles", corpus: corpus.value, setup: typed("/"),
                   keys: (0..<10).flatMap { _ in
                       typed("peace") + Array(repeating: .key(.backspace), count: 4) + [.key(.ctrl("u"))]
                   },
                   into: &results)
        keystrokes("compare: move (j/k/Tab)", corpus: corpus.value, setup: open + typed("amjmc"),
                   keys: Array((0..<50).map { _ in [InputEvent.key(.char("j")), .key(.tab), .key(.char("k")), .key(.tab)] }
                       .joined()), into: &results)
    }

    /// Laying out a whole long article at the reader's default width: what G, or a jump to its end, costs
    /// before the reader has laid it out while idle.
    static func layout(_ text: ArticleText, into results: inout Results) {
        let name = "layout: the whole 5 MB article at 80 columns"
        guard results.wants(name) else { return }
        let latencies = Measure.latenciesWithCPU(count: 20) { _ in _ = DocumentLayout(text: text, width: 80) }
        results.add("\(name), CPU median", latencies.cpu.percentile(0.5), "ms")
        results.add("\(name), CPU p99", latencies.cpu.percentile(0.99), "ms")
        let folding = Measure.latenciesWithCPU(count: 20) { _ in _ = FoldedText(text) }
        results.add("fold: the whole 5 MB article, CPU median", folding.cpu.percentile(0.5), "ms")
        results.add("fold: the whole 5 MB article, CPU p99", folding.cpu.percentile(0.99), "ms")
    }

    /// The events for typing `text`.
    static func typed(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }

    /// `forward` 100 times, then `backward` 100 times.
    static func there(_ forward: Character, _ backward: Character) -> [InputEvent] {
        Array(repeating: .key(.char(forward)), count: 100) + Array(repeating: .key(.char(backward)), count: 100)
    }
}

/// A corpus built on first use.
final class Built {
    private let build: () -> ParsedCorpus
    lazy var value: ParsedCorpus = build()

    init(_ build: @escaping () -> ParsedCorpus) { self.build = build }
}
