import Corpus

/// A marker in the document's left margin on each line where a bookmarked quote begins.
struct BookmarkGutter {
    let state: ReaderState
    let view: ArticleState

    func draw(lines shown: Range<Int>, x: Int, y: Int, into grid: inout Grid) {
        let doc = state.corpus.summaries[view.index].doc
        let starts = state.marks.bookmarks.filter { $0.doc == doc }.compactMap { bookmarkStart($0) }
        guard !starts.isEmpty else { return }
        let symbols = Symbols.forOptions(state.options)
        for (row, line) in view.layout.lines[shown].enumerated()
        where starts.contains(where: { $0 >= line.start && $0 < max(line.end, line.start + 1) }) {
            grid.draw(symbols.marked, x: x, y: y + row, style: Style(.statusMessage, bold: true))
        }
    }

    /// Where the quote starts in this extraction: found by id, else where it was when bookmarked.
    private func bookmarkStart(_ mark: QuoteMark) -> Int? {
        state.corpus.articles[view.index].quotes.first { $0.id == mark.quote }?.span.start ?? mark.span?.start
    }
}
