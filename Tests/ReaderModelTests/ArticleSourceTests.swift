import Corpus
import Testing
@testable import ReaderModel

/// The fixture articles as a source the reader pulls from; those in `vanished` fail as a file gone would.
fileprivate struct FixtureSource: ArticleSource {
    var vanished: Set<Int> = []

    func article(at index: Int) -> Result<Article, ArticleUnavailable> {
        vanished.contains(index) ? .failure(ArticleUnavailable("fixtures/\(index).txt: no such file or directory"))
            : .success(Fixtures.articles[index])
    }
}

/// The fixture corpus's actors and claims as an index would give them, without parsing anything.
fileprivate struct FixtureFacts: CorpusFacts {
    func actors() -> [CorpusActor] { Fixtures.corpus.actors }

    func evidence(of claim: CorpusClaim) -> String {
        Fixtures.articles[Int(claim.key)].text.string(claim.claim.span)
    }

    func claims(by actor: String) -> [CorpusClaim] {
        Fixtures.articles.enumerated().flatMap { index, article in
            article.claims.enumerated().filter { $0.element.actor == actor }.map { position, claim in
                CorpusClaim(ref: ClaimRef(article: index, claim: position), claim: claim, key: Int64(index))
            }
        }
    }
}

struct ArticleSourceTests {
    fileprivate static func session(_ source: FixtureSource = FixtureSource(), facts: (any CorpusFacts)? = nil) -> ReaderSession {
        var session = ReaderSession(summaries: Fixtures.articles.map(ArticleSummary.init), source: source, facts: facts)
        _ = session.handle(.resize(width: 120, height: 30))
        return session
    }

    static func press(_ keys: [Key], _ session: inout ReaderSession) {
        for key in keys { _ = session.handle(.key(key)) }
    }

    static func screen(_ session: ReaderSession) -> String {
        let grid = session.render(width: 120, height: 30)
        return (0..<grid.height).map { grid.text(row: $0) }.joined(separator: "\n")
    }

    @Test func anArticleIsTakenFromTheSourceWhenOpened() {
        var session = Self.session()
        #expect(!(0..<3).contains { session.corpus.articles.contains($0) })
        Self.press([.char("j"), .enter], &session)
        #expect(session.state.article?.index == 1)
        #expect(session.corpus.articles.contains(1))
        #expect(!session.corpus.articles.contains(0))
    }

    @Test func aVanishedArticleIsOneLineInTheStatusAndTheReaderGoesOn() {
        var session = Self.session(FixtureSource(vanished: [1]))
        Self.press([.char("j"), .enter], &session)
        #expect(session.state.article == nil)
        #expect(session.state.message == "fixtures/1.txt: no such file or directory")
        #expect(Self.screen(session).split(separator: "\n").last?.contains("fixtures/1.txt: no such file or directory") == true)
        // The next article opens; from it, J onto the vanished one keeps the article shown.
        Self.press([.char("j"), .enter], &session)
        #expect(session.state.article?.index == 2)
        Self.press([.char("K")], &session)
        #expect(session.state.article?.index == 2)
        #expect(session.state.message?.contains("no such file") == true)
    }

    @Test func aVanishedArticleOpenedDirectlyLeavesTheList() {
        var options = ReaderOptions()
        options.openArticle = 0
        let session = ReaderSession(summaries: Fixtures.articles.map(ArticleSummary.init),
                                    source: FixtureSource(vanished: [0]), options: options)
        #expect(session.state.article == nil)
        #expect(session.state.message?.contains("fixtures/0.txt") == true)
    }

    @Test func withFactsTheCorpusScopeAndCompareParseNothingElse() throws {
        var session = Self.session(facts: FixtureFacts())
        #expect(!session.isParsing)
        let counts = "\(Fixtures.talks.quotes.count)q \(Fixtures.talks.actors.count)a"
        #expect(!Self.screen(session).contains(counts))
        session.countsDidLoad(Fixtures.articles.map { ArticleCounts(quotes: $0.quotes.count, actors: $0.actors.count) })
        #expect(Self.screen(session).contains(counts))
        Self.press([.enter, .char("a")], &session)
        let view = try #require(session.state.article)
        #expect(view.actors.map(\.id) == CorpusIndex.sorted(Fixtures.corpus.actors.map {
            ActorRow(id: $0.id, name: $0.name, kind: $0.kind, quotes: $0.quoteCount)
        }).map(\.id))
        // Lavrov speaks in two articles: the claims list has both, the other one not parsed.
        let lavrov = try #require(view.actors.firstIndex { $0.id == Fixtures.lavrov.id })
        Self.press(Array(repeating: .char("j"), count: lavrov), &session)
        let claims = try #require(session.state.article?.claims)
        #expect(Set(claims.map(\.article)) == [0, 1])
        #expect(!session.corpus.articles.contains(1))
        let elsewhere = try #require(claims.first { $0.article == 1 })
        #expect(Self.screen(session).contains(String(session.corpus.evidence(elsewhere).prefix(20))))
        // Compare across the corpus straight away.
        Self.press([.char("m"), .char("j"), .char("m"), .char("c")], &session)
        let compare = try #require(session.state.compare)
        #expect(!compare.topics.isEmpty)
        #expect(!session.corpus.articles.contains(1))
    }

    @Test func followingAClaimIntoAnotherArticleOpensIt() throws {
        var session = Self.session(facts: FixtureFacts())
        Self.press([.enter, .char("a")], &session)
        let view = try #require(session.state.article)
        let lavrov = try #require(view.actors.firstIndex { $0.id == Fixtures.lavrov.id })
        Self.press(Array(repeating: .char("j"), count: lavrov), &session)
        let claims = try #require(session.state.article?.claims)
        let elsewhere = try #require(claims.firstIndex { $0.article == 1 })
        for _ in 0..<3 where session.state.article?.focus != .claims { Self.press([.tab], &session) }
        #expect(session.state.article?.focus == .claims)
        Self.press(Array(repeating: .char("j"), count: elsewhere) + [.enter], &session)
        #expect(session.state.article?.index == 1)
        #expect(session.corpus.articles.contains(1))
    }
}

/// A list whose summaries arrive after the first frame: stand-ins (the file's name) first, in place.
struct ListingTests {
    static let summaries = Fixtures.articles.map(ArticleSummary.init)

    static func standIn(_ summary: ArticleSummary) -> ArticleSummary {
        ArticleSummary(doc: summary.doc, path: summary.path, title: summary.doc, subtitle: nil)
    }

    static func session() -> ReaderSession {
        let shown = [summaries[0]] + summaries.dropFirst().map(standIn)
        var session = ReaderSession(summaries: shown, source: FixtureSource(), listed: 1)
        _ = session.handle(.resize(width: 120, height: 30))
        return session
    }

    @Test func standInsShowUntilTheirSummariesArrive() {
        var session = Self.session()
        #expect(session.isListing)
        var screen = ArticleSourceTests.screen(session)
        #expect(screen.contains(Self.summaries[0].title))
        #expect(screen.contains(Fixtures.summit.doc))
        #expect(!screen.contains(Self.summaries[1].title))
        #expect(screen.contains("listing… 1/3"))
        session.summariesDidArrive(Array(Self.summaries[1...]), at: 1)
        #expect(!session.isListing)
        screen = ArticleSourceTests.screen(session)
        #expect(screen.contains(Self.summaries[1].title))
        #expect(!screen.contains("listing"))
        #expect(screen.contains("parsing… 0/3"))
    }

    @Test func aFilterTakesInArrivingSummariesAndTheCursorStays() throws {
        var session = Self.session()
        // Every fixture's doc or title has an "s"; the cursor goes to the second match.
        ArticleSourceTests.press([.char("/"), .char("s"), .enter, .char("j")], &session)
        let before = session.state.list.rows[session.state.list.cursor]
        session.summariesDidArrive(Array(Self.summaries[1...]), at: 1)
        #expect(session.state.list.rows[session.state.list.cursor] == before)
        #expect(session.state.list.filter == "s")
        let byline = try #require(Self.summaries.indices.first { Self.summaries[$0].subtitle?.lowercased().contains("petrova") == true })
        ArticleSourceTests.press([.char("/"), .backspace] + "petrova".map { .char($0) } + [.enter], &session)
        #expect(session.state.list.rows == [byline])
    }
}
