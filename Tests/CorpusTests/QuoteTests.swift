@testable import Corpus
import Testing

/// Quotation marks of every style, and where the cue stands relative to the quotation.
@Suite struct QuoteTests {
    @Test(arguments: [("\"", "\""), ("“", "”"), ("«", "»"), ("„", "“"), ("'", "'"), ("‘", "’")])
    func everyQuotationStyleIsADirectQuote(open: String, close: String) {
        let quotation = open + "The river is rising faster than last year," + close
        let article = story(quotation + " Mara Quell said.")
        #expect(article.quotes.count == 1)
        let quote = article.quotes.first
        #expect(quote?.kind == .direct)
        #expect(article.string(quote?.span) == quotation)
        #expect(article.string(quote?.speaker) == "Mara Quell")
        #expect(article.string(quote?.cue) == "said")
        #expect(article.speaker(of: quote)?.name == "Mara Quell")
    }

    @Test(arguments: [
        "Mara Quell said they don't know the Pellows' house from the '90s at all.",
        "Mara Quell said the Pellows’ barn dates from the ’80s and isn’t for sale.",
        "Back in the '70s the Dunns' farm was sold, and the '80s brought a mall, Mara Quell said.",
    ])
    func apostrophesNeverMakeQuotations(paragraph: String) {
        let article = story(paragraph)
        #expect(article.quotes.allSatisfy { $0.kind == .indirect })
        #expect(article.quotes.count == 1)
    }

    @Test func apostrophesInsideASingleQuotedQuotationStayInside() {
        let article = story("'We don't sell barns to anyone,' Mara Quell said.")
        #expect(article.string(article.quotes.first?.span) == "'We don't sell barns to anyone,'")
        #expect(article.speaker(of: article.quotes.first)?.name == "Mara Quell")
    }

    @Test func cueAfterTheQuotation() {
        let article = story("\"The toll is the fairest option we have,\" Brin Oakes said.")
        let quote = article.quote(containing: "fairest option")
        #expect(quote?.kind == .direct)
        #expect(article.speaker(of: quote)?.name == "Brin Oakes")
        #expect(article.string(quote?.cue) == "said")
    }

    @Test(arguments: [":", ","])
    func cueBeforeTheQuotation(mark: String) {
        let article = story("Brin Oakes said\(mark) \"The toll is the fairest option we have.\"")
        let quote = article.quote(containing: "fairest option")
        #expect(quote?.kind == .direct)
        #expect(article.string(quote?.span) == "\"The toll is the fairest option we have.\"")
        #expect(article.speaker(of: quote)?.name == "Brin Oakes")
        #expect(article.string(quote?.cue) == "said")
    }

    @Test func cueBetweenTwoHalvesMakesOneQuote() {
        let article = story("\"The tide is late,\" Edda Vorn said, \"and the boats must wait for it.\"")
        #expect(article.quotes.count == 1)
        let quote = article.quotes.first
        #expect(quote?.kind == .direct)
        #expect(article.string(quote?.span)?.hasPrefix("\"The tide is late,\"") == true)
        #expect(article.string(quote?.span)?.hasSuffix("\"and the boats must wait for it.\"") == true)
        #expect(article.speaker(of: quote)?.name == "Edda Vorn")
    }

    @Test func invertedCueNamesTheSpeakerAfterTheVerb() {
        let article = story("\"The line will hold through the winter,\" said Gen. Oskar Malm.")
        let quote = article.quote(containing: "line will hold")
        #expect(article.string(quote?.speaker) == "Gen. Oskar Malm")
        #expect(article.speaker(of: quote)?.name == "Oskar Malm")
        #expect(article.speaker(of: quote)?.role == "Gen.")
    }

    @Test func invertedCueWithACommonNounSpeaker() {
        let article = story("\"Nobody will be evacuated tonight,\" said a police spokesman.")
        let quote = article.quote(containing: "evacuated")
        #expect(article.string(quote?.speaker) == "a police spokesman")
        #expect(article.speaker(of: quote)?.kind == .anonymous)
    }
}
