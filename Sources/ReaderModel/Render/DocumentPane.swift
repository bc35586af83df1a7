import Corpus

/// The wrapped article text with every cell styled by what it is: its block (title, caption…),
/// the quote it belongs to in its speaker's colour, search matches and the current quote.
struct DocumentPane {
    let state: ReaderState
    let view: ArticleState

    var article: Article { state.corpus.articles[view.index] }

    func draw(in rect: Rect, into grid: inout Grid) {
        let lines = view.layout.lines
        guard !lines.isEmpty else {
            grid.draw("(empty article)", x: rect.x + 1, y: rect.y, maxX: rect.maxX, style: Style(.dim))
            return
        }
        let shown = view.top..<min(lines.count, view.top + rect.height)
        guard !shown.isEmpty else { return }
        let styler = CellStyler(state: state, view: view, range: Span(lines[shown.lowerBound].start, lines[shown.upperBound - 1].end))
        for (row, line) in lines[shown].enumerated() {
            var column = 0
            var offset = line.start
            let x = rect.x + 1
            for character in article.text.string(Span(line.start, line.end)) {
                let style = styler.style(at: offset)
                let glyphs = Glyph.of(character, column: column)
                column = grid.draw(glyphs, x: x + column, y: rect.y + row, maxX: rect.maxX, style: style) - x
                offset += character.unicodeScalars.count
            }
        }
        BookmarkGutter(state: state, view: view).draw(lines: shown, x: rect.x, y: rect.y, into: &grid)
    }
}

/// Styles by code-point offset for one screenful, looking only at the quotes and matches in it.
struct CellStyler {
    let segments: [Segment]
    let quotes: [Quote]
    let matches: ArraySlice<Span>
    let currentMatch: Span?
    let currentQuote: String?
    let selectedActor: String?

    init(state: ReaderState, view: ArticleState, range: Span) {
        let article = state.corpus.articles[view.index]
        segments = article.segments
        let overlapping = { (span: Span) in span.overlap(range) > 0 || (span.start >= range.start && span.start < range.end) }
        // Inner quotes last, so that a partial quote inside a paraphrase wins.
        quotes = view.quoteOrder.map { article.quotes[$0] }.filter { overlapping($0.span) }
        matches = CellStyler.matches(view.search.matches, in: range)
        currentMatch = view.search.current.map { view.search.matches[$0] }
        currentQuote = view.currentQuote.map { article.quotes[view.quoteOrder[$0]].id }
        selectedActor = view.selectedActor?.id
    }

    /// The sorted matches that touch `range`, found by binary search: a one-letter search in a
    /// long article has hundreds of thousands.
    static func matches(_ sorted: [Span], in range: Span) -> ArraySlice<Span> {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].end <= range.start { low = mid + 1 } else { high = mid }
        }
        let end = sorted[low...].firstIndex { $0.start >= range.end } ?? sorted.count
        return sorted[low..<end]
    }

    func style(at offset: Int) -> Style {
        var style = segmentStyle(at: offset)
        if let quote = quotes.last(where: { $0.span.contains(offset) }) {
            let speaker = quote.actor.map(SpeakerPalette.index(of:))
            style = Style(.quote(Role.QuoteStyle(rawValue: quote.kind.rawValue) ?? .direct),
                          bold: quote.actor != nil && quote.actor == selectedActor,
                          underline: quote.kind == .partial, speaker: speaker)
            if quote.id == currentQuote {
                style = Style(.currentQuote, bold: true, reverse: true, speaker: speaker)
            }
        } else if let quote = quotes.first(where: { $0.speaker?.contains(offset) == true }), let actor = quote.actor {
            style = Style(.speaker(SpeakerPalette.index(of: actor)), bold: actor == selectedActor)
        }
        if let match = matches.first(where: { $0.contains(offset) }) {
            style = Style(.searchMatch, bold: true, reverse: match == currentMatch)
        }
        return style
    }

    private func segmentStyle(at offset: Int) -> Style {
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].span.start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, segments[low - 1].span.contains(offset) else { return Style(.text) }
        return segments[low - 1].kind.style
    }
}
