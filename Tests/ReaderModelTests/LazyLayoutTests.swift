import Corpus
@testable import ReaderModel
import Testing

/// The article is laid out and folded for search as far as needed: every command must land where it
/// would with the whole article laid out and folded from the start.
struct LazyLayoutTests {
    /// 600 paragraphs of varied length, a quote of one of two speakers in every fifth.
    static let corpus: ParsedCorpus = {
        let paragraphs = (1...600).map { number in
            let words = String(repeating: "and the envoys met again ", count: number % 7)
            let quote = number % 5 == 0 ? " \(number % 10 == 0 ? "Lavrov" : "Zelensky") said talk number \(number) went well." : ""
            return (SegmentKind.paragraph, "Paragraph \(number) on the talks \(words)ends here.\(quote)")
        }
        let quotes = (1...600).filter { $0 % 5 == 0 }.map { number in
            let actor = number % 10 == 0 ? Fixtures.lavrov : Fixtures.zelensky
            return (text: "talk number \(number) went well", kind: QuoteKind.direct, actor: Optional(actor.id),
                    speaker: Optional(number % 10 == 0 ? "Lavrov" : "Zelensky"))
        }
        let draft = Fixtures.Draft(doc: "005_longer", blocks: [(.title, "A longer report")] + paragraphs,
                                   actors: [Fixtures.lavrov, Fixtures.zelensky], quotes: quotes)
        return ParsedCorpus(articles: [draft.build()], actors: [])
    }()

    /// The keys after opening the article: far motions, jumps to quotes (wrapping backwards to the
    /// last), a search whose previous match is the last, a resize and motions after it.
    static let keys: [Action] = [
        .key(.char("G")), .key(.char("g")), .key(.char("{")), .key(.char("}")), .key(.char("g")),
        .key(.char("[")), .key(.char("]")), .key(.char("g")), .key(.char("/"))] + "talk number 59".map { .key(.char($0)) } + [
        .key(.enter), .key(.char("N")), .key(.char("n")), .key(.char("N")), .key(.escape), .key(.char("g")),
        .key(.ctrl("d")), .key(.char(" ")), .key(.char("j")), .key(.char("k")), .key(.char("b")),
        .resize(Size(width: 90, height: 30)), .key(.char("G")), .key(.char("k")), .resize(Size(width: 150, height: 50)),
        .key(.char("g")), .key(.tab), .key(.char("j")), .key(.enter), .key(.char("}")),
    ]

    /// The state with its article laid out to the end and folded for search.
    private static func prepared(_ state: ReaderState) -> ReaderState {
        var state = state
        state.article?.layout.layOutAll()
        state.article?.folded.fold(bytes: .max)
        return state
    }

    @Test func commandsLandWhereTheyDoWithTheWholeArticleLaidOut() {
        var options = ReaderOptions()
        options.openArticle = 0
        var lazy = ReaderState(corpus: Self.corpus, options: options, size: Size(width: 120, height: 40))
        _ = lazy.apply(.resize(Size(width: 120, height: 40)))
        #expect(lazy.article.map { !$0.layout.isComplete } == true)
        var eager = Self.prepared(lazy)
        for (step, action) in Self.keys.enumerated() {
            _ = lazy.apply(action)
            eager = Self.prepared(eager)
            _ = eager.apply(action)
            #expect(lazy.stack == eager.stack && lazy.message == eager.message && lazy.prompt == eager.prompt,
                    "after \(step): \(action)")
            let (lazyGrid, eagerGrid) = (render(lazy), render(eager))
            // The status line's percentage is by code points until every line is laid out.
            for row in 0..<(lazyGrid.height - 1) {
                #expect(lazyGrid.text(row: row) == eagerGrid.text(row: row), "after \(step): \(action), row \(row)")
            }
        }
    }

    @Test func idleStepsFoldAndLayOutTheRestAndChangeNothingElse() {
        var options = ReaderOptions()
        options.openArticle = 0
        var state = ReaderState(corpus: Self.corpus, options: options, size: Size(width: 120, height: 40))
        _ = state.apply(.resize(Size(width: 120, height: 40)))
        _ = state.apply(.key(.char("}")))
        let before = state
        var steps = 0
        while state.hasIdleWork {
            _ = state.apply(.idle)
            steps += 1
        }
        #expect(steps >= 1)
        #expect(state.stack == before.stack)
        #expect(state.article?.layout.lines == Self.prepared(before).article?.layout.lines)
        #expect(state.article?.folded.keys == FoldedText(Self.corpus.articles[0].text).keys)
    }

    /// An article opened far into it is folded when first searched: the search finds what it finds in
    /// one folded on opening.
    @Test func aSearchFoldsWhatIsNotFoldedYet() throws {
        var options = ReaderOptions()
        options.openArticle = 0
        var folded = ReaderState(corpus: Self.corpus, options: options, size: Size(width: 120, height: 40))
        _ = folded.apply(.resize(Size(width: 120, height: 40)))
        #expect(folded.article?.folded.isComplete == true)
        var unfolded = folded
        unfolded.article?.folded = FoldedText(Self.corpus.articles[0].text, bytes: 1000)
        for key in "/talk number 3" {
            _ = folded.apply(.key(.char(key)))
            _ = unfolded.apply(.key(.char(key)))
            #expect(unfolded.stack == folded.stack)
            #expect(unfolded.article?.search.matches == folded.article?.search.matches)
        }
        #expect(unfolded.article?.folded.isComplete == true)
        #expect(try #require(folded.article).search.matches.count > 10)
    }

    @Test func thePercentageBeforeAllIsLaidOutIsByCodePoints() throws {
        var options = ReaderOptions()
        options.openArticle = 0
        var state = ReaderState(corpus: Self.corpus, options: options, size: Size(width: 120, height: 40))
        _ = state.apply(.resize(Size(width: 120, height: 40)))
        let view = try #require(state.article)
        let lastShown = view.layout.lines[state.documentPage - 1].end
        let percent = lastShown * 100 / Self.corpus.articles[0].text.count
        let grid = render(state)
        #expect(grid.text(row: grid.height - 1).contains(" \(percent)% "))
    }
}
