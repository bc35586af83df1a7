@testable import Corpus
import Testing

/// Reported speech: the content is the report, without the cue and the speaker.
@Suite struct IndirectSpeechTests {
    @Test(arguments: [
        ("Oren Vask said that the harbour would reopen in spring.", "that the harbour would reopen in spring", "said"),
        ("The harbour will reopen in spring, Oren Vask said.", "The harbour will reopen in spring", "said"),
        ("The harbour will reopen in spring, Oren Vask said on Monday.", "The harbour will reopen in spring", "said"),
        ("Oren Vask insisted that the vote was fair and final.", "that the vote was fair and final", "insisted"),
        ("Oren Vask denied that he had seen the letter before.", "that he had seen the letter before", "denied"),
        ("According to Oren Vask, the ferry schedule will change next month.", "the ferry schedule will change next month", "According"),
        ("The ferry schedule will change next month, according to Oren Vask.", "The ferry schedule will change next month", "according"),
    ])
    func reportedSpeechIsAnIndirectQuote(paragraph: String, content: String, cue: String) {
        let article = story(paragraph)
        #expect(article.quotes.count == 1)
        let quote = article.quotes.first
        #expect(quote?.kind == .indirect)
        #expect(article.string(quote?.span) == content)
        #expect(article.string(quote?.cue) == cue)
        #expect(article.speaker(of: quote)?.name == "Oren Vask")
    }

    @Test func toldReportersReadsPastTheAudience() {
        let article = story("Pia Dunmore told reporters that the bridge was safe for traffic.")
        let quote = article.quotes.first
        #expect(quote?.kind == .indirect)
        #expect(article.string(quote?.span) == "that the bridge was safe for traffic")
        #expect(article.string(quote?.cue) == "told")
        #expect(article.speaker(of: quote)?.name == "Pia Dunmore")
    }
}
