import Corpus
@testable import ReaderModel
import Testing

/// Reading state: read and unread, positions saved on leaving and restored at any width, where the
/// next run starts.
struct ReadingMemoryTests {
    @Test func openingAnArticleMarksItReadOnce() {
        let (state, effects) = Memory.state(keys: [.enter])
        #expect(Memory.readFlags(effects) == [Memory.talks: true])
        #expect(state.unreadCount == 2)
        let (_, again) = Memory.state(marks: ReadingMarks(read: [Memory.talks]), keys: [.enter, .char("q"), .enter])
        #expect(Memory.readFlags(again).isEmpty)
    }

    @Test func leavingAnArticleSavesTheFirstCharacterOnScreen() {
        var (state, _) = Memory.state(80, 24, keys: [.enter, .char("j"), .char("j"), .char("j")])
        let offset = Memory.topOffset(state)
        #expect(offset != nil && offset != 0)
        let effects = state.apply(.key(.char("q")))
        #expect(Memory.saved(effects) == [Memory.talks: offset])
        #expect(state.marks.positions[Memory.talks] == offset)
        // Left where it was opened: nothing changed, nothing written.
        let (_, unmoved) = Memory.state(80, 24, marks: ReadingMarks(positions: [Memory.talks: offset ?? 0], read: [Memory.talks]),
                                        keys: [.enter, .char("q")])
        #expect(unmoved.isEmpty)
    }

    @Test func nextArticleSavesTheOneLeftAndMarksTheNextRead() {
        let (_, effects) = Memory.state(80, 24, keys: [.enter, .char("j"), .char("J")])
        #expect(Memory.saved(effects).keys.sorted() == [Memory.talks])
        #expect(Memory.readFlags(effects) == [Memory.talks: true, Memory.summit: true])
    }

    @Test func quittingInsideAnArticleSavesItAndReopensItThere() {
        var (state, _) = Memory.state(80, 24, keys: [.enter, .char("j"), .char("j")])
        let offset = Memory.topOffset(state) ?? 0
        let effects = state.apply(.key(.char("Q")))
        #expect(effects.last == .quit)
        #expect(Memory.saved(effects) == [Memory.talks: offset])
        #expect(effects.contains(.saveResume(ResumePoint(doc: Memory.talks, inArticle: true))))
        let marks = ReadingMarks(positions: [Memory.talks: offset], read: [Memory.talks],
                                 resume: ResumePoint(doc: Memory.talks, inArticle: true))
        let (reopened, startEffects) = Memory.state(80, 24, marks: marks)
        #expect(reopened.article?.index == 0)
        #expect(Memory.topOffset(reopened) == offset)
        #expect(startEffects.isEmpty)
    }

    @Test func quittingFromTheListPutsTheCursorOnTheArticleLastRead() {
        let (_, effects) = Memory.state(keys: [.char("j"), .enter, .char("q"), .char("k"), .char("q")])
        #expect(effects.last == .quit)
        #expect(effects.contains(.saveResume(ResumePoint(doc: Memory.summit, inArticle: false))))
        let (state, _) = Memory.state(marks: ReadingMarks(resume: ResumePoint(doc: Memory.summit, inArticle: false)))
        #expect(state.stack.count == 1)
        #expect(state.list.cursor == 1)
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60), (57, 30)])
    func aPositionIsRestoredAtAnyWidth(width: Int, height: Int) {
        var (state, _) = Memory.state(80, 24, corpus: Memory.long, keys: [.enter] + Array(repeating: .char("j"), count: 37))
        // On a line of text: a spacer's place is the line break before it (the test below).
        if Memory.topIsSpacer(state) { _ = state.apply(.key(.char("j"))) }
        let offset = Memory.topOffset(state) ?? 0
        let effects = state.apply(.key(.char("Q")))
        #expect(Memory.saved(effects) == ["004_long": offset])
        let marks = ReadingMarks(positions: ["004_long": offset], resume: ResumePoint(doc: "004_long", inArticle: true))
        let (restored, _) = Memory.state(width, height, corpus: Memory.long, marks: marks)
        let view = try! #require(restored.article)
        let line = view.layout.lines[view.top]
        let next = view.layout.lines.indices.contains(view.top + 1) ? view.layout.lines[view.top + 1].start : Int.max
        #expect(line.start <= offset && offset < next, "the top line holds the saved character")
    }

    /// The reader is given its memory before the terminal's size is known: the place must survive the
    /// first resizes exactly, and an article left unmoved must not have its place rewritten.
    @Test func aRestoredPlaceSurvivesResizesAndIsNotRewrittenUnmoved() throws {
        let text = Memory.long.articles[0].text
        let offset = DocumentLayout(text: text, width: 61).lines[40].start + 17
        let marks = ReadingMarks(positions: ["004_long": offset], resume: ResumePoint(doc: "004_long", inArticle: true))
        var (state, _) = Memory.state(80, 24, corpus: Memory.long, marks: marks)
        for size in [Size(width: 200, height: 60), Size(width: 57, height: 30), Size(width: 133, height: 41)] {
            _ = state.apply(.resize(size))
            let view = try #require(state.article)
            #expect(view.layout.line(containing: offset) == view.top, "at \(size.width)x\(size.height)")
        }
        #expect(Memory.saved(state.apply(.key(.char("Q")))).isEmpty)
    }

    /// A blank line between paragraphs at the top is a place too: the line break it stands for.
    @Test func aSpacerLineAtTheTopComesBackAsASpacer() throws {
        var (state, _) = Memory.state(80, 24, corpus: Memory.long, keys: [.enter])
        let layout = try #require(state.article?.layout)
        let spacer = try #require(layout.lines.indices.dropFirst(10).first { layout.lines[$0].start == layout.lines[$0].end })
        for _ in 0..<spacer { _ = state.apply(.key(.char("j"))) }
        let offset = try #require(Memory.saved(state.apply(.key(.char("q"))))["004_long"])
        let marks = ReadingMarks(positions: ["004_long": offset], resume: ResumePoint(doc: "004_long", inArticle: true))
        for size in [Size(width: 80, height: 24), Size(width: 130, height: 40)] {
            let (restored, _) = Memory.state(size.width, size.height, corpus: Memory.long, marks: marks)
            let view = try #require(restored.article)
            #expect(view.layout.lines[view.top].start == view.layout.lines[view.top].end, "a spacer at the top")
            #expect(view.layout.lines[view.top + 1].start == layout.lines[spacer + 1].start, "then the same paragraph")
        }
    }

    @Test func aDirectlyOpenedArticleOpensAtItsPositionAndIsMarkedRead() {
        var state = ReaderState(corpus: Memory.long, options: ReaderOptions(openArticle: 0), size: Size(width: 100, height: 30))
        _ = state.apply(.resize(Size(width: 100, height: 30)))
        let offset = DocumentLayout(text: Memory.long.articles[0].text, width: state.article!.layout.width).lines[20].start
        let effects = state.remember(ReadingMarks(positions: ["004_long": offset]))
        #expect(Memory.topOffset(state) == offset)
        #expect(Memory.readFlags(effects) == ["004_long": true])
    }

    @Test func uTogglesReadInTheListAndInAnArticle() {
        var (state, effects) = Memory.state(keys: [.char("u")])
        #expect(effects == [.setRead(doc: Memory.talks, read: true)])
        #expect(state.unreadCount == 2)
        effects = state.apply(.key(.char("u")))
        #expect(effects == [.setRead(doc: Memory.talks, read: false)])
        #expect(state.message == "marked unread")
        #expect(state.unreadCount == 3)
        effects = state.apply(.key(.enter)) + state.apply(.key(.char("u")))
        #expect(Memory.readFlags(effects) == [Memory.talks: false])
        #expect(state.marks.read.isEmpty)
    }

    @Test func withoutALibraryNothingIsAskedForAndNothingIsUnread() {
        var state = Fixtures.state(keys: [.enter, .char("j"), .char("}"), .char("s"), .char("q"), .char("u")])
        #expect(state.apply(.key(.char("Q"))) == [.quit])
        #expect(state.unreadCount == nil)
        #expect(state.message == nil)
        let grid = render(Fixtures.state())
        #expect(!grid.text(row: 0).contains("unread"))
        #expect(grid.text(row: 1).hasPrefix(" "))
        _ = state.apply(.key(.char("S")))
        #expect(state.prompt == nil)
        #expect(state.message?.contains("no library") == true)
    }

    @Test func theListMarksUnreadArticlesAndCountsThem() {
        let (state, _) = Memory.state(marks: ReadingMarks(read: [Memory.summit]))
        let grid = render(state)
        #expect(grid.text(row: 0).contains("2 unread"))
        #expect(grid.text(row: 1).hasPrefix(Symbols.unicode.marked))
        #expect(grid.text(row: 2).hasPrefix(" "))
        #expect(grid.text(row: 3).hasPrefix(Symbols.unicode.marked))
        #expect(grid.row(3).dropFirst(2).first?.style.bold == true)
    }
}

struct BookmarkTests {
    @Test func sBookmarksTheCurrentQuoteAndSAgainRemovesIt() throws {
        var (state, effects) = Memory.state(keys: [.enter, .char("}"), .char("s")])
        let quote = try #require(Fixtures.articles[0].quotes.min { $0.span < $1.span })
        let mark = QuoteMark(doc: Memory.talks, quote: quote.id, span: quote.span, speaker: "Sergey Lavrov",
                             text: Fixtures.articles[0].text.string(quote.span))
        #expect(effects.contains(.bookmark(mark)))
        #expect(state.marks.isBookmarked(doc: Memory.talks, quote: quote.id))
        effects = state.apply(.key(.char("s")))
        #expect(effects == [.unbookmark(doc: Memory.talks, quote: quote.id)])
        #expect(state.marks.bookmarks.isEmpty)
    }

    @Test func withoutACurrentQuoteSSaysHowToGetOne() {
        let (state, effects) = Memory.state(keys: [.enter, .char("s")])
        #expect(!effects.contains { if case .bookmark = $0 { true } else { false } })
        #expect(state.message?.contains("no current quote") == true)
    }

    @Test func aBookmarkedQuoteHasAMarkerInTheMargin() throws {
        let quote = try #require(Fixtures.articles[0].quotes.first)
        let marks = ReadingMarks(bookmarks: [QuoteMark(doc: Memory.talks, quote: quote.id)])
        let (state, _) = Memory.state(120, 40, marks: marks, keys: [.enter])
        let view = try #require(state.article)
        let line = view.layout.line(containing: quote.span.start) - view.top
        let rect = Layout.article(size: state.size, focus: .document).document.inner
        let grid = render(state)
        let marked = (0..<grid.height).filter { grid.row($0).dropFirst(rect.x).first?.symbol == Symbols.unicode.marked }
        #expect(marked == [rect.y + line])
    }

    static let bookmarks = [
        QuoteMark(doc: Memory.summit, quote: Fixtures.articles[1].quotes[2].id, span: Fixtures.articles[1].quotes[2].span,
                  speaker: "Mark Rutte", text: "\"Our support will not waver,\""),
        QuoteMark(doc: "999_elsewhere", quote: "q4", speaker: "Somebody", text: "words from another corpus"),
    ]

    @Test func bOpensTheBookmarksAndEnterOpensTheArticleAtTheQuote() throws {
        var (state, _) = Memory.state(marks: ReadingMarks(bookmarks: Self.bookmarks), keys: [.char("B")])
        let list = try #require(state.quoteList)
        #expect(list.kind == .bookmarks)
        #expect(list.rows.map(\.title) == ["Geneva summit postponed", "999_elsewhere"])
        let effects = state.apply(.key(.enter))
        let view = try #require(state.article)
        #expect(view.index == 1)
        #expect(view.currentQuote.map { Fixtures.articles[1].quotes[view.quoteOrder[$0]].id } == Self.bookmarks[0].quote)
        #expect(view.selectedActor?.id == Fixtures.rutte.id)
        #expect(Memory.readFlags(effects) == [Memory.summit: true])
        _ = state.apply(.key(.char("q")))
        #expect(state.quoteList != nil)
        _ = state.apply(.key(.char("j")))
        _ = state.apply(.key(.enter))
        #expect(state.article == nil)
        #expect(state.message?.contains("999_elsewhere") == true)
    }

    @Test func dRemovesTheSelectedBookmarkAndBCloses() throws {
        var (state, effects) = Memory.state(marks: ReadingMarks(bookmarks: Self.bookmarks), keys: [.char("B"), .char("j"), .char("d")])
        #expect(effects == [.unbookmark(doc: "999_elsewhere", quote: "q4")])
        #expect(state.quoteList?.rows.count == 1)
        #expect(state.quoteList?.cursor == 0)
        #expect(state.marks.bookmarks == [Self.bookmarks[0]])
        _ = state.apply(.key(.char("B")))
        #expect(state.stack.count == 1)
    }

    @Test func anEmptyBookmarksListSaysHowToAddOne() {
        let (state, _) = Memory.state(keys: [.char("B")])
        #expect(state.quoteList?.rows.isEmpty == true)
        #expect(render(state).text(row: 2).contains("no bookmarks"))
    }
}

struct LibrarySearchTests {
    static let hits = [
        LibraryHit(doc: Memory.talks, quote: nil, span: Fixtures.talks.span("sanctions would fail"), speaker: "Sergey Lavrov",
                   text: "sanctions would fail"),
        LibraryHit(doc: "999_elsewhere", quote: "q1", span: Span(0, 5), speaker: nil, text: "other"),
    ]

    @Test func sAsksForAQueryAndEnterSearchesTheLibrary() {
        var (state, effects) = Memory.state(keys: [.char("S")] + Fixtures.keys("sanctions"))
        #expect(state.prompt?.purpose == .library)
        #expect(render(state).text(row: 39).hasPrefix("search library: sanctions_"))
        // Typing does not filter the list.
        #expect(state.list.rows == [0, 1, 2])
        effects = state.apply(.key(.enter))
        #expect(effects == [.searchLibrary("sanctions")])
        #expect(state.prompt == nil)
    }

    @Test func backslashAlsoSearchesAndAnEmptyQueryDoesNothing() {
        let (state, effects) = Memory.state(keys: [.char("\\"), .enter])
        #expect(effects.isEmpty)
        #expect(state.prompt == nil)
    }

    @Test func resultsAreListedAndEnterOpensTheArticleAtTheHit() throws {
        var (state, _) = Memory.state(10 + 70, 24, keys: [.enter])
        _ = state.apply(.librarySearchResults(query: "sanctions", hits: Self.hits))
        let list = try #require(state.quoteList)
        #expect(list.kind == .results(query: "sanctions"))
        #expect(state.message == "2 found; Enter opens one")
        #expect(render(state).text(row: 0).contains("Library search \"sanctions\""))
        _ = state.apply(.key(.enter))
        let view = try #require(state.article)
        let quote = view.currentQuote.map { Fixtures.articles[0].quotes[view.quoteOrder[$0]] }
        #expect(quote?.span == Self.hits[0].span)
        let top = view.layout.lines[view.top].start
        let bottom = view.layout.lines[min(view.layout.count, view.top + state.documentPage) - 1].end
        #expect(top <= Self.hits[0].span.start && Self.hits[0].span.start < bottom, "the hit is on screen")
        // A second search replaces the results rather than piling them up.
        _ = state.apply(.key(.char("q")))
        _ = state.apply(.librarySearchResults(query: "nothing", hits: []))
        #expect(state.stack.count == 3)
        #expect(state.message == "nothing in the library matches nothing")
    }

    @Test func sBookmarksTheSelectedHitAndMarksIt() throws {
        var (state, _) = Memory.state(80, 24)
        _ = state.apply(.librarySearchResults(query: "other", hits: Self.hits.reversed()))
        var effects = state.apply(.key(.char("s")))
        let mark = QuoteMark(doc: "999_elsewhere", quote: "q1", span: Span(0, 5), speaker: nil, text: "other")
        #expect(effects == [.bookmark(mark)])
        #expect(render(state).text(row: 1).hasPrefix(Symbols.unicode.marked))
        effects = state.apply(.key(.char("s")))
        #expect(effects == [.unbookmark(doc: "999_elsewhere", quote: "q1")])
        #expect(render(state).text(row: 1).hasPrefix(" "))
        // A claim has no quote to bookmark.
        effects = state.apply(.key(.char("j"))) + state.apply(.key(.char("s")))
        #expect(effects.isEmpty)
        #expect(state.message?.hasPrefix("a claim, not a quote") == true)
    }

    @Test func aLibraryProblemIsOneMessageAndReadingGoesOn() {
        var (state, _) = Memory.state(keys: [.enter])
        _ = state.apply(.libraryProblem("not saved: disk full"))
        #expect(state.message == "not saved: disk full")
        _ = state.apply(.key(.char("j")))
        #expect(state.message == nil)
        #expect(state.article != nil)
    }
}
