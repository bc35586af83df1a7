@testable import Corpus
import Testing

/// What the product was specified from: the two sample articles, checked as a careful reader would.
@Suite struct SeedExpectationTests {
    let lavrovArticle = SeedArticles.article("002_e1d31f4d4fa66c48")!
    let kremlinArticle = SeedArticles.article("000_a280059d1002da3e")!

    private func speaker(_ article: Article, of fragment: String) -> String? {
        article.speaker(of: article.quote(containing: fragment))?.name
    }

    @Test func everyDirectQuoteOfTheLavrovArticleHasItsSpeaker() {
        let expected: [(String, String)] = [
            ("All subsequent versions", "Lavrov"),
            ("Now they are waving around", "Lavrov"),
            ("Negotiations are continuing", "Lavrov"),
            ("They usually say their maximalist demands", "U.S. official"),
            ("There is no point in paying attention", "Merezhko"),
            ("The objectives of the (war)", "Medvedev"),
            ("They have remained virtually unchanged", "Medvedev"),
            ("People often say that 95%", "Medvedev"),
            ("And that's (Putin's) wish", "Merezhko"),
            ("The American side has proposed", "Zelensky"),
            ("We can see a qualitative change", "Sybiha"),
            ("The conversations were very focused", "Sybiha"),
            ("Nothing is changing at all", "Merezhko"),
            ("There is little chance the talks", "Jensen"),
            ("It is not (inevitable)", "Jensen"),
            ("With his initial logic", "Merezhko"),
            ("But unfortunately, Trump implicitly", "Merezhko"),
        ]
        for (fragment, name) in expected {
            let found = speaker(lavrovArticle, of: fragment)
            #expect(found?.contains(name) == true, "\(fragment): \(found ?? "no speaker")")
        }
    }

    @Test func closerThanEverBeforeIsTrumps() {
        let quote = lavrovArticle.quote(containing: "closer than ever before")
        #expect(lavrovArticle.speaker(of: quote)?.name == "Donald Trump")
    }

    @Test func anchorageAgreementsIsLavrovsPartialQuote() {
        let quote = lavrovArticle.quote(containing: "Anchorage agreements")
        #expect(quote?.kind == .partial)
        #expect(lavrovArticle.speaker(of: quote)?.name.hasSuffix("Lavrov") == true)
    }

    @Test func sergeiAndSergeyLavrovAreOneActor() {
        let lavrovs = lavrovArticle.actors.filter { $0.name.hasSuffix("Lavrov") }
        #expect(lavrovs.count == 1)
        #expect(SeedArticles.corpus.actors.filter { $0.name.hasSuffix("Lavrov") }.count == 1)
    }

    @Test func donaldTrumpAndDonaldJensenAreTwoActors() {
        let names = Set(lavrovArticle.actors.map(\.name))
        #expect(names.contains("Donald Trump"))
        #expect(names.contains("Donald Jensen"))
        #expect(lavrovArticle.actor(named: "Donald Trump")?.id != lavrovArticle.actor(named: "Donald Jensen")?.id)
    }

    @Test func scareQuotesHaveNoSpeaker() {
        for term in ["Anchorage formula", "ready for dialogue"] {
            let covering = kremlinArticle.quotes.filter { kremlinArticle.text.string($0.span).contains(term) }
            // Reported speech around a term may have a speaker; the term itself is nobody's quotation.
            #expect(covering.allSatisfy { $0.kind == .indirect || $0.actor == nil }, "\(term) has a speaker")
        }
    }

    @Test func russiasDemandForDonetskAndLuhanskIsAClaimOfRussia() {
        let russia = kremlinArticle.actor(named: "Russia")
        #expect(russia != nil)
        let claim = kremlinArticle.claims.first { kremlinArticle.text.string($0.span).contains("Donetsk and Luhansk") }
        #expect(claim?.actor == russia?.id)
        #expect(claim?.stance == .demands)
    }

    @Test func captionsAndBoilerplateCarryNoQuotes() {
        for segment in lavrovArticle.segments where segment.kind == .caption || segment.kind == .boilerplate {
            #expect(!lavrovArticle.quotes.contains { segment.span.overlap($0.span) > 0 })
        }
        #expect(lavrovArticle.segments.contains { $0.kind == .caption })
        #expect(lavrovArticle.segments.first { $0.kind == .title }.map { lavrovArticle.text.string($0.span) }?.hasPrefix("Russia just laid out") == true)
    }
}
