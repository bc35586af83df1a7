@testable import Corpus
import Testing

@Suite struct SentenceTests {
    private func sentences(_ paragraph: String) -> [String] {
        let article = story(paragraph)
        return article.sentences.filter { article.segments[$0.segment].kind == .paragraph }.map { article.text.string($0.span) }
    }

    @Test(arguments: [
        ("The envoy met U.S. officials in Dorvale on Monday.", "Talks went on late."),
        ("Dr. Ilse Brandvik treated the crew at the pier.", "Nobody was hurt."),
        ("Gen. Oskar Malm inspected the northern line.", "He left at dusk."),
        ("The ferry resumed service on Jan. 5 after the storm.", "Tickets sold out."),
    ])
    func abbreviationsDoNotEndSentences(first: String, second: String) {
        #expect(sentences(first + " " + second) == [first, second])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("J. R. Pellow chaired the meeting. It ran late.") == ["J. R. Pellow chaired the meeting.", "It ran late."])
    }

    @Test func decimalsDoNotEndSentences() {
        #expect(sentences("The toll rose by 3.5 percent in May. Drivers complained.")
            == ["The toll rose by 3.5 percent in May.", "Drivers complained."])
    }

    @Test func abbreviationBeforeANewSentenceEndsIt() {
        #expect(sentences("The march moved on to the U.S. The crowd then went home.")
            == ["The march moved on to the U.S.", "The crowd then went home."])
    }

    @Test func sentenceEndsAfterTheCueOfAClosingQuotation() {
        #expect(sentences("\"We will not move,\" she said. Next the crowd left the square.")
            == ["\"We will not move,\" she said.", "Next the crowd left the square."])
    }

    @Test func quotationIsNeverSplit() {
        let paragraph = "\"Stop. Wait here. Do it now!\" the guard shouted at the gate."
        #expect(sentences(paragraph) == [paragraph])
    }

    @Test func sentencesTileTheirParagraphInOrder() {
        let article = story("The council met. \"It was long,\" Edda Vorn said. Dr. Brandvik agreed. The vote passed 7-2.")
        let paragraph = article.segments.firstIndex { $0.kind == .paragraph }
        let spans = article.sentences.filter { $0.segment == paragraph }.map(\.span)
        #expect(spans.count == 4)
        #expect(spans == spans.sorted())
        for (earlier, later) in zip(spans, spans.dropFirst()) { #expect(earlier.end <= later.start) }
        #expect(spans.allSatisfy { article.segments[paragraph!].span.contains($0) })
    }
}
