import Corpus
import Testing
@testable import ReaderModel

/// A reader that starts from summaries, parses articles as they are opened and takes the parsed
/// corpus when the background work is done.
struct LazySessionTests {
    static let sources = Fixtures.articles.map {
        SourceText(doc: $0.doc, path: $0.path, text: $0.text.string(Span(0, $0.text.count)))
    }

    /// The list's counts column for the talks article once it is parsed.
    static let talksCounts = "\(Fixtures.talks.quotes.count)q \(Fixtures.talks.actors.count)a"

    static func session(width: Int = 100, height: Int = 16) -> ReaderSession {
        var session = ReaderSession(sources: sources, summaries: Summarizer.summarize(sources))
        _ = session.handle(.resize(width: width, height: height))
        return session
    }

    static func screen(_ session: ReaderSession) -> String {
        let grid = session.render(width: session.state.size.width, height: session.state.size.height)
        return (0..<grid.height).map { grid.text(row: $0) }.joined(separator: "\n")
    }

    @Test func theListRendersFromSummariesWithCountsUnknown() {
        let session = Self.session()
        let screen = Self.screen(session)
        #expect(session.isParsing)
        #expect(screen.contains("Talks in Moscow end without a deal"))
        #expect(screen.contains("By Anna Petrova"))
        #expect(!screen.contains(Self.talksCounts))
        #expect(screen.contains("parsing… 0/3"))
        #expect(!(0..<3).contains { session.corpus.articles.contains($0) })
    }

    @Test func openingAnArticleParsesOnlyThatOne() {
        var session = Self.session()
        _ = session.handle(.key(.char("j")))
        _ = session.handle(.key(.enter))
        #expect(session.state.article?.index == 1)
        #expect(session.corpus.articles.contains(1))
        #expect(!session.corpus.articles.contains(0))
        #expect(Self.screen(session).contains(Fixtures.summit.blocks[0].1))
    }

    @Test func progressShowsInTheStatusLine() {
        var session = Self.session()
        session.parsingProgress(2)
        #expect(Self.screen(session).contains("parsing… 2/3"))
    }

    @Test func compareWaitsForTheWholeCorpus() {
        var session = Self.session()
        for key in [Key.enter, .char("a"), .char("m"), .char("j"), .char("m"), .char("c")] { _ = session.handle(.key(key)) }
        #expect(session.state.compare == nil)
        #expect(session.state.message?.contains("still parsing") == true)
    }

    @Test func theParsedCorpusReplacesTheOpenArticleKeepingThePlace() {
        var session = Self.session(height: 12)
        for key in [Key.enter, .char("j"), .char("j"), .char("j")] { _ = session.handle(.key(key)) }
        let top = session.state.article?.top
        #expect(top == 3)
        session.corpusDidLoad(Fixtures.corpus)
        #expect(!session.isParsing)
        let view = session.state.article
        #expect(view?.index == 0)
        #expect(view?.top == top)
        // The sidebar now lists the corpus's actors, by their corpus-wide ids.
        #expect(view?.actors.map(\.id).sorted() == Fixtures.talks.actors.map(\.id).sorted())
        #expect(!Self.screen(session).contains("parsing"))
        _ = session.handle(.key(.char("q")))
        #expect(Self.screen(session).contains(Self.talksCounts))
    }

    @Test func aFullyParsedSessionIsNeverParsing() {
        #expect(!ReaderSession(corpus: Fixtures.corpus).isParsing)
    }
}
