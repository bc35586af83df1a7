/// Article summaries for the corpus list, a small fraction of the cost of extraction: only the blocks
/// up to the title and byline are classified.
public enum Summarizer {
    public static func summarize(_ source: SourceText) -> ArticleSummary {
        summary(of: source, isWhole: true)!
    }

    /// Every source summarized, in parallel, in order.
    public static func summarize(_ sources: [SourceText]) -> [ArticleSummary] {
        ParallelExtraction.map(sources[...]) { summarize($0) }
    }

    /// Files summarized from their first few KB when those settle it, else from the whole file, in
    /// parallel, in order: the list of a large folder without reading it all. Equal to the summaries
    /// of the files read whole (a file with a NUL byte past its start is listed, and found binary
    /// when read whole).
    public static func summarize(files: [String]) -> [Result<ArticleSummary, LoadProblem>] {
        ParallelExtraction.map(files[...]) { path in
            switch Loader.start(of: path, bytes: startBytes) {
            case .failure(let problem): return .failure(problem)
            case .success(let start):
                if let summary = summary(of: start.source, isWhole: start.isWhole) { return .success(summary) }
                return Loader.load(file: path).map(summarize)
            }
        }
    }

    /// Enough for a title and a byline, with room to spare.
    static let startBytes = 4096

    /// The summary from the complete lines of a text's start; nil when they do not settle it: no title yet,
    /// or no byline yet (one further on would take a dateline's place). Never nil for a whole text.
    /// The blocks and their kinds are those `Segmenter` finds, met one at a time.
    static func summary(of source: SourceText, isWhole: Bool) -> ArticleSummary? {
        var blocks = Blocks(source.text.unicodeScalars, lastUnterminated: isWhole)
        var classifier = BlockClassifier()
        var title: String?
        var byline: String?
        var dateline: String?
        while title == nil || byline == nil, let block = blocks.next() {
            switch Segmenter.kind(of: String(block.text), length: block.length, after: &classifier) {
            case .title where title == nil: title = String(block.text)
            case .byline where byline == nil: byline = String(block.text)
            case .dateline where dateline == nil: dateline = String(block.text)
            default: break
            }
        }
        if !isWhole && (title == nil || byline == nil) { return nil }
        return ArticleSummary(doc: source.doc, path: source.path, title: title ?? source.doc, subtitle: byline ?? dateline)
    }
}

/// The non-blank lines of a text, trimmed, as `Segmenter.blockSpans` finds them, without making the
/// whole text into code points first.
private struct Blocks {
    private let scalars: String.UnicodeScalarView
    private var position: String.UnicodeScalarView.Index
    /// Whether a last line with no line break after it counts (in a text cut short, it may be cut).
    private let lastUnterminated: Bool

    init(_ scalars: String.UnicodeScalarView, lastUnterminated: Bool) {
        self.scalars = scalars
        position = scalars.startIndex
        self.lastUnterminated = lastUnterminated
    }

    /// The next block and its length in code points.
    mutating func next() -> (text: Substring, length: Int)? {
        while position < scalars.endIndex {
            var index = position
            var first: String.UnicodeScalarView.Index?
            var end = position
            var offset = 0
            var firstOffset = 0
            var endOffset = 0
            while index < scalars.endIndex, !scalars[index].isLineBreak {
                if !scalars[index].isSpace {
                    if first == nil { (first, firstOffset) = (index, offset) }
                    (end, endOffset) = (scalars.index(after: index), offset + 1)
                }
                offset += 1
                index = scalars.index(after: index)
            }
            let terminated = index < scalars.endIndex
            guard terminated || lastUnterminated else { break }
            position = terminated ? scalars.index(after: index) : index
            if let first { return (Substring(scalars[first..<end]), endOffset - firstOffset) }
        }
        position = scalars.endIndex
        return nil
    }
}
