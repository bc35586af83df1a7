@testable import Corpus
import Testing

/// Quoted fragments inside prose: someone's words when a cue owns them, a term or a scare quote otherwise.
@Suite struct PartialQuoteTests {
    @Test func fragmentAfterANamingVerbIsAPartialQuote() {
        let article = story("Deputy Mayor Brin Oakes called the toll plan \"a slow-motion disaster\" during the debate.")
        let quote = article.quote(containing: "slow-motion disaster")
        #expect(quote?.kind == .partial)
        #expect(article.speaker(of: quote)?.name == "Brin Oakes")
        #expect(article.string(quote?.speaker) == "Deputy Mayor Brin Oakes")
    }

    @Test func pronounCallingSomethingByANameIsThatPersonsWords() {
        let article = story("Tomas Ferrel inspected the hull. He called it \"a floating wreck\" and walked away.")
        let quote = article.quote(containing: "floating wreck")
        #expect(quote?.kind == .partial)
        #expect(article.string(quote?.speaker) == "He")
        #expect(article.speaker(of: quote)?.name == "Tomas Ferrel")
    }

    @Test func fragmentAfterAPronounSubjectIsThatPersonsWords() {
        let article = story(
            "Edda Vorn has run the harbour for a decade.",
            "She described the delay as \"entirely avoidable\" and left the meeting."
        )
        let quote = article.quote(containing: "entirely avoidable")
        #expect(quote?.kind == .partial)
        #expect(article.speaker(of: quote)?.name == "Edda Vorn")
    }

    @Test func fragmentInsideReportedSpeechMakesItPartial() {
        let article = story("Edda Vorn said that the delay was \"entirely avoidable\" and blamed the contractor.")
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.kind == .partial)
        #expect(article.speaker(of: article.quotes.first)?.name == "Edda Vorn")
    }

    @Test(arguments: [
        "The so-called \"reform plan\" would double the fee for every lorry.",
        "Trains on the «Blue Line» run every ten minutes until midnight.",
        "The bridge, known locally as \"the Needle\", was closed on Monday.",
    ])
    func termsAndScareQuotesAreNobodysWords(paragraph: String) {
        let article = story("\"The tide is late,\" Edda Vorn said.", paragraph)
        #expect(article.quotes.count == 1)
        #expect(article.actors.map(\.name) == ["Edda Vorn"])
    }
}
