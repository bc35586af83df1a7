@testable import Corpus
import Testing

/// Sources without a name: anonymous people and groups, each with its kind.
@Suite struct SourceKindTests {
    @Test(arguments: [
        ("A senior official said the bridge would close for two weeks.", "A senior official"),
        ("A source familiar with the talks said the deal was close.", "A source familiar with the talks"),
        ("\"Nobody will be evacuated tonight,\" said a police spokesman.", "a police spokesman"),
    ])
    func unnamedPersonIsAnonymous(paragraph: String, speaker: String) {
        let article = story(paragraph)
        let quote = article.quotes.first
        #expect(article.string(quote?.speaker) == speaker)
        #expect(article.speaker(of: quote)?.kind == .anonymous)
    }

    @Test(arguments: [
        ("The toll will hurt small shops, analysts say.", "analysts"),
        ("Two diplomats said the meeting had been postponed again.", "Two diplomats"),
        ("Local residents said the ferry was always late.", "Local residents"),
    ])
    func pluralSourceIsAGroup(paragraph: String, speaker: String) {
        let article = story(paragraph)
        let quote = article.quotes.first
        #expect(quote?.kind == .indirect)
        #expect(article.string(quote?.speaker) == speaker)
        #expect(article.speaker(of: quote)?.kind == .group)
    }

    @Test func namedPersonIsAPerson() {
        let article = story("Oren Vask said the harbour would reopen in spring.")
        #expect(article.speaker(of: article.quotes.first)?.kind == .person)
    }

    @Test func governmentSpeakingThroughItsCountryIsAnOrganisation() {
        let article = story("France said it would send two frigates to the strait.")
        #expect(article.speaker(of: article.quotes.first)?.kind == .organisation)
    }
}
