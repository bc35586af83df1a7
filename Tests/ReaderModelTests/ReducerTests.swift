import Corpus
@testable import ReaderModel
import Testing

/// One test per command at least: each drives the pure reducer and checks the state it leaves.
struct ListReducerTests {
    @Test func movesTheCursorAndStopsAtTheEnds() {
        var state = Fixtures.state(keys: [.char("j"), .down])
        #expect(state.list.cursor == 2)
        _ = state.apply(.key(.char("j")))
        #expect(state.list.cursor == 2)
        _ = state.apply(.key(.char("k")))
        #expect(state.list.cursor == 1)
        _ = state.apply(.key(.up))
        _ = state.apply(.key(.up))
        #expect(state.list.cursor == 0)
    }

    @Test func pagesAndJumpsToTheEnds() {
        #expect(Fixtures.state(keys: [.char("G")]).list.cursor == 2)
        #expect(Fixtures.state(keys: [.end, .char("g")]).list.cursor == 0)
        #expect(Fixtures.state(keys: [.home, .char(" ")]).list.cursor == 2)
        #expect(Fixtures.state(keys: [.pageDown, .char("b")]).list.cursor == 0)
        #expect(Fixtures.state(keys: [.ctrl("f"), .ctrl("b")]).list.cursor == 0)
        #expect(Fixtures.state(keys: [.ctrl("d")]).list.cursor == 2)
        #expect(Fixtures.state(keys: [.ctrl("d"), .ctrl("u")]).list.cursor == 0)
    }

    @Test func jAndKInTheListMoveLikeArticles() {
        #expect(Fixtures.state(keys: [.char("J"), .char("J")]).list.cursor == 2)
        #expect(Fixtures.state(keys: [.char("J"), .char("K")]).list.cursor == 0)
    }

    @Test func enterOpensTheArticleUnderTheCursor() {
        let state = Fixtures.state(keys: [.char("j"), .enter])
        #expect(state.article?.index == 1)
        #expect(state.stack.count == 2)
    }

    @Test func slashFiltersLiveAndEscapeClears() {
        var state = Fixtures.state(keys: [.char("/")] + Fixtures.keys("GENEVA"))
        #expect(state.prompt?.text == "GENEVA")
        #expect(state.list.rows == [1])
        _ = state.apply(.key(.backspace))
        #expect(state.list.filter == "GENEV")
        _ = state.apply(.key(.enter))
        #expect(state.prompt == nil)
        #expect(state.list.rows == [1])
        #expect(state.message == "1 of 3 articles match")
        _ = state.apply(.key(.escape))
        #expect(state.list.rows == [0, 1, 2])
    }

    @Test func filterMatchesBylinesToo() {
        let state = Fixtures.state(keys: [.char("/")] + Fixtures.keys("petrova"))
        #expect(state.list.rows == [0])
    }

    @Test func escapeWhileTypingCancelsTheFilter() {
        let state = Fixtures.state(keys: [.char("/"), .char("x"), .escape])
        #expect(state.prompt == nil)
        #expect(state.list.rows.count == 3)
    }

    @Test func qQuitsFromTheList() {
        var state = Fixtures.state()
        #expect(state.apply(.key(.char("q"))) == [.quit])
    }

    @Test func capitalQQuitsFromAnywhere() {
        var state = Fixtures.state(keys: [.enter, .char("?")])
        #expect(state.apply(.key(.char("Q"))) == [.quit])
    }

    @Test func ctrlLAsksForAFullRedraw() {
        var state = Fixtures.state()
        #expect(state.apply(.key(.ctrl("l"))) == [.fullRedraw])
    }
}

struct ArticleReducerTests {
    var lavrov: String { Fixtures.lavrov.id }

    @Test func opensWithTheDocumentFocusedAndTheMostQuotedActorSelected() {
        let state = Fixtures.state(keys: [.enter])
        #expect(state.article?.focus == .document)
        #expect(state.article?.selectedActor?.id == lavrov)
        #expect(state.article?.actors.map(\.quotes) == [6, 2, 1, 0])
        #expect(state.article?.claims.count == 3)
    }

    @Test func scrollsTheDocumentWithinItsText() {
        var state = Fixtures.state(80, 12, keys: [.enter, .char("j"), .char("j")])
        #expect(state.article?.top == 2)
        _ = state.apply(.key(.char("k")))
        #expect(state.article?.top == 1)
        _ = state.apply(.key(.char("G")))
        let last = (state.article?.layout.count ?? 0) - state.documentPage
        #expect(state.article?.top == last)
        _ = state.apply(.key(.char(" ")))
        #expect(state.article?.top == last)
        _ = state.apply(.key(.char("g")))
        #expect(state.article?.top == 0)
        _ = state.apply(.key(.ctrl("d")))
        #expect(state.article?.top == state.documentPage / 2)
        _ = state.apply(.key(.ctrl("u")))
        #expect(state.article?.top == 0)
        _ = state.apply(.key(.pageDown))
        #expect(state.article?.top == min(last, state.documentPage))
        _ = state.apply(.key(.char("b")))
        #expect(state.article?.top == 0)
    }

    @Test func tabAndShiftTabCyclePanes() {
        #expect(Fixtures.state(keys: [.enter, .tab]).article?.focus == .claims)
        #expect(Fixtures.state(keys: [.enter, .tab, .tab]).article?.focus == .actors)
        #expect(Fixtures.state(keys: [.enter, .backTab]).article?.focus == .actors)
    }

    @Test func movingInTheSidebarSelectsAnotherActorAndItsClaims() {
        let state = Fixtures.state(keys: [.enter, .backTab, .char("j")])
        #expect(state.article?.selectedActor?.id == Fixtures.zelensky.id)
        #expect(state.article?.claims.count == 2)
        #expect(state.article?.top == 0)
    }

    @Test func enterOnAnActorGoesToTheirFirstQuote() {
        let state = Fixtures.state(keys: [.enter, .backTab, .char("j"), .enter])
        let view = state.article
        #expect(view?.focus == .document)
        #expect(view.map { Fixtures.articles[0].quotes[$0.quoteOrder[$0.currentQuote ?? 0]].actor } == Fixtures.zelensky.id)
    }

    @Test func enterOnTheCurrentQuoteSelectsItsSpeaker() {
        let state = Fixtures.state(keys: [.enter, .char("}"), .char("}"), .char("}"), .enter])
        #expect(state.article?.selectedActor?.id == Fixtures.zelensky.id)
        #expect(state.message == "selected Volodymyr Zelensky")
    }

    @Test func enterOnAClaimJumpsToItsEvidence() {
        let state = Fixtures.state(80, 14, keys: [.enter, .tab, .char("j"), .char("j"), .enter])
        let view = state.article
        let claim = Fixtures.articles[0].claims[2]
        #expect(view?.focus == .document)
        #expect(view.map { state.isOnScreen(claim.span, $0) } == true)
        #expect(view?.currentQuote.map { Fixtures.articles[0].quotes[view!.quoteOrder[$0]].id } == claim.quote)
    }

    @Test func bracketsStepThroughTheSelectedSpeakersQuotesAndWrap() {
        var state = Fixtures.state(keys: [.enter])
        var seen: [String] = []
        for _ in 0..<6 {
            _ = state.apply(.key(.char("]")))
            let view = state.article!
            let quote = Fixtures.articles[0].quotes[view.quoteOrder[view.currentQuote!]]
            #expect(quote.actor == lavrov)
            seen.append(quote.id)
        }
        #expect(seen == ["001_talks-q1", "001_talks-q2", "001_talks-q4", "001_talks-q5", "001_talks-q7", "001_talks-q8"])
        #expect(state.message == nil)
        _ = state.apply(.key(.char("]")))
        #expect(state.message == "last quote of Sergey Lavrov, wrapped to first")
        #expect(state.article?.currentQuote == 0)
        _ = state.apply(.key(.char("[")))
        #expect(state.message == "first quote of Sergey Lavrov, wrapped to last")
        #expect(state.article?.currentQuote == 7)
        _ = state.apply(.key(.char("[")))
        #expect(state.article?.currentQuote == 6)
    }

    @Test func bracesStepThroughEveryQuote() {
        var state = Fixtures.state(keys: [.enter])
        for expected in 0..<9 {
            _ = state.apply(.key(.char("}")))
            #expect(state.article?.currentQuote == expected)
        }
        _ = state.apply(.key(.char("}")))
        #expect(state.article?.currentQuote == 0)
        #expect(state.message == "last quote, wrapped to first")
        _ = state.apply(.key(.char("{")))
        #expect(state.article?.currentQuote == 8)
        #expect(state.message == "first quote, wrapped to last")
    }

    @Test func jumpsScrollTheQuoteIntoView() {
        var state = Fixtures.state(80, 12, keys: [.enter])
        for _ in 0..<8 { _ = state.apply(.key(.char("}"))) }
        let view = state.article!
        let quote = Fixtures.articles[0].quotes[view.quoteOrder[view.currentQuote!]]
        #expect(view.top > 0)
        #expect(state.isOnScreen(quote.span, view))
    }

    @Test func jumpsWithoutQuotesSayWhy() {
        let state = Fixtures.state(keys: [.enter, .backTab, .char("G"), .char("]")])
        #expect(state.message == "no quotes by Kremlin in this article")
    }

    @Test func capitalJAndKChangeArticleAndWrap() {
        var state = Fixtures.state(keys: [.enter, .char("J")])
        #expect(state.article?.index == 1)
        #expect(state.list.cursor == 1)
        _ = state.apply(.key(.char("K")))
        _ = state.apply(.key(.char("K")))
        #expect(state.article?.index == 2)
        #expect(state.message == "first article, wrapped to last")
    }

    @Test func aTogglesCorpusActorsKeepingTheSelection() {
        var state = Fixtures.state(keys: [.enter, .backTab, .char("j"), .char("a")])
        #expect(state.article?.scope == .corpus)
        #expect(state.article?.actors.count == 7)
        #expect(state.article?.selectedActor?.id == Fixtures.zelensky.id)
        #expect(state.article?.claims.count == 3)
        #expect(state.message == "actors of the whole corpus")
        #expect(state.article?.focus == .actors)
        _ = state.apply(.key(.char("a")))
        #expect(state.article?.scope == .article)
        #expect(state.article?.actors.count == 4)
    }

    @Test func capitalJKeepsTheCorpusScope() {
        let state = Fixtures.state(keys: [.enter, .char("a"), .tab, .char("J")])
        #expect(state.article?.scope == .corpus)
        #expect(state.article?.focus == .document)
    }

    @Test func markingTwoFromTheCorpusSidebarOpensCompare() {
        let state = Fixtures.state(keys: [.enter, .char("a"), .char("m"), .char("j"), .char("m"), .char("c")])
        #expect(state.compare?.actors.count == 2)
    }

    @Test func mMarksAndUnmarks() {
        var state = Fixtures.state(keys: [.enter, .char("m")])
        #expect(state.marked == [lavrov])
        #expect(state.message == "marked Sergey Lavrov (1 marked)")
        _ = state.apply(.key(.char("m")))
        #expect(state.marked.isEmpty)
    }

    @Test func yCopiesTheCurrentQuote() {
        var state = Fixtures.state(keys: [.enter])
        #expect(state.apply(.key(.char("y"))) == [.bell])
        _ = state.apply(.key(.char("]")))
        let effects = state.apply(.key(.char("y")))
        #expect(effects == [.copyToClipboard("\"there can be no ceasefire without recognition of new realities.\"")])
        #expect(state.message?.hasPrefix("copied quote of Sergey Lavrov") == true)
    }

    @Test func searchJumpsAsYouTypeAndNCycles() {
        var state = Fixtures.state(80, 12, keys: [.enter, .char("/")] + Fixtures.keys("LAVROV"))
        #expect(state.article?.search.matches.count == 4)
        #expect(state.article?.search.current == 0)
        _ = state.apply(.key(.enter))
        #expect(state.message == "4 matches; n/N for next/previous")
        for expected in [1, 2, 3, 0] {
            _ = state.apply(.key(.char("n")))
            #expect(state.article?.search.current == expected)
        }
        #expect(state.message == "last match, wrapped to first")
        _ = state.apply(.key(.char("N")))
        #expect(state.article?.search.current == 3)
        let view = state.article!
        #expect(state.isOnScreen(view.search.matches[3], view))
    }

    @Test func searchNotFoundSaysSo() {
        let state = Fixtures.state(keys: [.enter, .char("/")] + Fixtures.keys("zzz") + [.enter])
        #expect(state.message == "not found: zzz")
    }

    @Test func escapeCancelsASearchAndRestoresThePosition() {
        let state = Fixtures.state(80, 12, keys: [.enter, .char("/")] + Fixtures.keys("reuters") + [.escape])
        #expect(state.article?.top == 0)
        #expect(state.article?.search.query == "")
    }

    @Test func escapeClearsAnAcceptedSearchThenGoesBack() {
        var state = Fixtures.state(keys: [.enter, .char("/"), .char("a"), .enter, .escape])
        #expect(state.article?.search.query == "")
        #expect(state.stack.count == 2)
        _ = state.apply(.key(.escape))
        #expect(state.stack.count == 1)
    }

    @Test func qGoesBackToTheList() {
        var state = Fixtures.state(keys: [.enter])
        #expect(state.apply(.key(.char("q"))) == [])
        #expect(state.stack.count == 1)
    }

    @Test func searchFoldsCaseOutsideAsciiToo() {
        let state = Fixtures.state(keys: [.char("G"), .enter, .char("/")] + Fixtures.keys("CAFÉ"))
        #expect(state.article?.search.matches.isEmpty == true) // "Café" is stored decomposed: é is e + U+0301
        let owners = Fixtures.state(keys: [.char("G"), .enter, .char("/")] + Fixtures.keys("東京"))
        #expect(owners.article?.search.matches.count == 2)
    }
}

struct CompareReducerTests {
    static let marking: [Key] = [.enter, .backTab, .char("m"), .char("j"), .char("m")]

    @Test func needsTwoMarkedActors() {
        let state = Fixtures.state(keys: [.enter, .char("c")])
        #expect(state.compare == nil)
        #expect(state.message == "mark at least two actors with m to compare (0 marked)")
    }

    @Test func tablesTopicsAcrossTheCorpus() {
        let state = Fixtures.state(keys: Self.marking + [.char("c")])
        let view = state.compare
        #expect(view?.actors == [Fixtures.lavrov.id, Fixtures.zelensky.id])
        #expect(view?.topics == ["air defence", "ceasefire", "sanctions", "summit", "territories"])
        #expect(view?.cells[1].map(\.count) == [1, 1])
        #expect(view?.cells[0].map(\.count) == [0, 1])
    }

    @Test func movesByRowAndColumn() {
        let state = Fixtures.state(keys: Self.marking + [.char("c"), .char("j"), .tab])
        #expect(state.compare?.row == 1)
        #expect(state.compare?.column == 1)
        let back = Fixtures.state(keys: Self.marking + [.char("c"), .char("G"), .backTab])
        #expect(back.compare?.row == 4)
        #expect(back.compare?.column == 1)
    }

    @Test func enterJumpsToTheSourceInAnotherArticle() {
        // Row "summit", Lavrov's column: the claim is in the second article.
        var state = Fixtures.state(keys: Self.marking + [.char("c"), .char("j"), .char("j"), .char("j"), .enter])
        #expect(state.article?.index == 1)
        #expect(state.article?.selectedActor?.id == Fixtures.lavrov.id)
        #expect(state.article?.currentQuote != nil)
        _ = state.apply(.key(.char("q")))
        #expect(state.compare != nil)
        _ = state.apply(.key(.escape))
        #expect(state.article?.index == 0)
    }

    @Test func enterOnAnEmptyCellSaysSo() {
        let state = Fixtures.state(keys: Self.marking + [.char("c"), .enter])
        #expect(state.message == "no claim here")
    }

    @Test func mUnmarksTheFocusedColumn() {
        let state = Fixtures.state(keys: Self.marking + [.char("c"), .char("m")])
        #expect(state.marked == [Fixtures.zelensky.id])
        #expect(state.compare == nil)
    }
}

struct OverlayAndResizeTests {
    @Test func helpOpensScrollsAndCloses() {
        var state = Fixtures.state(80, 24, keys: [.char("?")])
        #expect(state.help == 0)
        _ = state.apply(.key(.char("j")))
        #expect(state.help == 1)
        _ = state.apply(.key(.char("G")))
        #expect(state.help == HelpText.lines(state.keymap).count - 1)
        _ = state.apply(.key(.char("?")))
        #expect(state.help == nil)
        _ = state.apply(.key(.char("?")))
        _ = state.apply(.key(.escape))
        #expect(state.help == nil)
        _ = state.apply(.key(.char("?")))
        _ = state.apply(.key(.char("q")))
        #expect(state.help == nil)
        #expect(state.stack.count == 1)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var state = Fixtures.state(120, 14, keys: [.enter])
        for _ in 0..<8 { _ = state.apply(.key(.char("j"))) }
        let before = state.article!
        let anchor = before.layout.lines[before.top].start
        _ = state.apply(.resize(Size(width: 80, height: 14)))
        let after = state.article!
        #expect(after.layout.width != before.layout.width)
        let line = after.layout.lines[after.top]
        #expect(line.start <= anchor && (anchor < line.end || line.start == anchor))
    }

    @Test func resizeBelowTheMinimumAndBackIsHarmless() {
        var state = Fixtures.state(keys: [.enter, .char("]")])
        _ = state.apply(.resize(Size(width: 1, height: 1)))
        _ = state.apply(.key(.char("j")))
        _ = state.apply(.resize(Size(width: 120, height: 40)))
        #expect(state.article?.currentQuote == 0)
    }

    @Test func mouseWheelScrollsAndClickSelects() {
        var state = Fixtures.state(80, 12, options: ReaderOptions(mouse: true), keys: [.enter])
        _ = state.apply(.mouse(MouseEvent(kind: .wheelDown, x: 40, y: 3)))
        #expect(state.article?.top == 3)
        _ = state.apply(.mouse(MouseEvent(kind: .press, x: 3, y: 2)))
        #expect(state.article?.focus == .actors)
        #expect(state.article?.selectedActor?.id == Fixtures.zelensky.id)
    }

    @Test func keyOverridesRebindCommands() {
        let options = ReaderOptions(keyOverrides: [KeyBindingOverride(command: "down", keys: ["x"], line: 3)])
        let state = Fixtures.state(options: options, keys: [.char("x"), .char("j")])
        #expect(state.list.cursor == 1)
    }
}
