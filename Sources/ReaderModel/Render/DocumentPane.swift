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
        var styler = CellStyler(state: state, view: view, range: Span(lines[shown.lowerBound].start, lines[shown.upperBound - 1].end))
        let x = rect.x + 1
        for (row, line) in lines[shown].enumerated() {
            let y = rect.y + row
            // Only the lines shown are made into strings: the whole text of a long article would cost
            // milliseconds a frame.
            let text = article.text.string(Span(line.start, line.end))
            // Plain text is one cluster and one cell a scalar: no clusters to find, no glyph arrays.
            if text.unicodeScalars.allSatisfy(Glyph.isPlain) {
                for (column, scalar) in text.unicodeScalars.enumerated() {
                    let glyph = Glyph(String(Character(scalar)), width: 1)
                    grid.draw(glyph, x: x + column, y: y, maxX: rect.maxX, style: styler.style(at: line.start + column))
                }
                continue
            }
            var column = 0
            var offset = line.start
            for character in text {
                let style = styler.style(at: offset)
                let glyphs = Glyph.of(character, column: column)
                column = grid.draw(glyphs, x: x + column, y: y, maxX: rect.maxX, style: style) - x
                offset += character.unicodeScalars.count
            }
        }
        BookmarkGutter(state: state, view: view).draw(lines: shown, x: rect.x, y: rect.y, into: &grid)
    }
}

/// Styles by code-point offset for one screenful, looking only at the quotes and matches in it.
/// Offsets are asked for in increasing order, so the matches are walked, not searched.
struct CellStyler {
    let segments: [Segment]
    let quotes: [Quote]
    let matches: Slice<SearchMatches>
    /// The first match that does not end before the last offset styled.
    private var nextMatch: Int
    let currentMatch: Span?
    let currentQuote: String?
    let selectedActor: String?

    init(state: ReaderState, view: ArticleState, range: Span) {
        let article = state.corpus.articles[view.index]
        segments = article.segments
        // Inner quotes last, so that a partial quote inside a paraphrase wins.
        quotes = view.quotes.positions(touching: range).map { article.quotes[view.quoteOrder[$0]] }
        matches = CellStyler.matches(view.search.matches, in: range)
        nextMatch = matches.startIndex
        currentMatch = view.search.current.map { view.search.matches[$0] }
        currentQuote = view.currentQuote.map { article.quotes[view.quoteOrder[$0]].id }
        selectedActor = view.selectedActor?.id
    }

    /// The sorted matches that touch `range`, found by binary search: a one-letter search in a
    /// long article has hundreds of thousands.
    static func matches(_ sorted: SearchMatches, in range: Span) -> Slice<SearchMatches> {
        let first = sorted.partitionPoint { $0.end > range.start }
        let end = sorted[first...].partitionPoint { $0.start >= range.end }
        return sorted[first..<end]
    }

    mutating func style(at offset: Int) -> Style {
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
        while nextMatch < matches.endIndex, matches[nextMatch].end <= offset { nextMatch += 1 }
        if nextMatch < matches.endIndex, matches[nextMatch].contains(offset) {
            let match = matches[nextMatch]
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
