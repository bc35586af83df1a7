@testable import Corpus
import Testing

/// Quotations whose speaker is named elsewhere: by a pronoun, in an earlier quote, in the paragraph before.
@Suite struct QuoteContinuationTests {
    @Test func pronounGoesToThePersonIntroducedJustBefore() {
        let article = story(
            "\"The tide is late again,\" Edda Vorn said.",
            "Colm Reddy, a fisherman, arrived an hour later. \"We lose a whole day of work,\" he said."
        )
        let quote = article.quote(containing: "whole day")
        #expect(article.string(quote?.speaker) == "he")
        #expect(article.speaker(of: quote)?.name == "Colm Reddy")
        #expect(article.speaker(of: article.quote(containing: "tide is late"))?.name == "Edda Vorn")
    }

    @Test func pronounInReportedSpeechGoesToTheSubjectOfTheSentenceBefore() {
        let article = story(
            "\"The tide is late again,\" Edda Vorn said.",
            "Tomas Ferrel runs the boatyard on the north quay.",
            "He said the slipway needs repairs before winter."
        )
        let quote = article.quote(containing: "slipway")
        #expect(quote?.kind == .indirect)
        #expect(article.speaker(of: quote)?.name == "Tomas Ferrel")
    }

    @Test func quotationParagraphWithoutCueContinuesThePreviousSpeaker() {
        let article = story(
            "The mayor of Quillport, Hanne Lusk, opened the session.",
            "\"This budget is balanced,\" she said.",
            "\"It keeps every library in the city open.\"",
            "\"The numbers do not add up,\" said Piet Arnaud, a councillor.",
            "\"Lusk is hiding the debt.\""
        )
        let lusk = article.speaker(of: article.quote(containing: "budget is balanced"))
        #expect(lusk?.name == "Hanne Lusk")
        #expect(article.speaker(of: article.quote(containing: "every library")) == lusk)
        let arnaud = article.speaker(of: article.quote(containing: "do not add up"))
        #expect(arnaud?.name == "Piet Arnaud")
        #expect(article.speaker(of: article.quote(containing: "hiding the debt")) == arnaud)
    }

    @Test func speakerNamedInThePreviousParagraphEndingWithAddedColon() {
        let article = story(
            "\"The tide is late,\" Colm Reddy said.",
            "Harbour master Edda Vorn later added:",
            "\"The gates open at six, whatever the weather.\""
        )
        let quote = article.quote(containing: "gates open at six")
        #expect(quote?.kind == .direct)
        #expect(article.string(quote?.speaker) == "Edda Vorn")
        #expect(article.speaker(of: quote)?.name == "Edda Vorn")
    }

    @Test func quotationLeftOpenContinuesInTheNextParagraph() {
        let article = story(
            "\"We were promised a new crane by March,\" Signe Halvorsen said. \"The crane never came. Our crews waited all spring.",
            "\"Now the season is lost.\""
        )
        let halvorsen = article.speaker(of: article.quote(containing: "crane never came"))
        #expect(halvorsen?.name == "Signe Halvorsen")
        #expect(article.speaker(of: article.quote(containing: "season is lost")) == halvorsen)
        #expect(article.actors.count == 1)
    }
}
