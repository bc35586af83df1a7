import Corpus
@testable import Evaluation
import Testing

private let text = ArticleText(#"Leaders met. "We will win the vote," Smith said. Jones said the plan failed."#)

private func document(_ annotation: [String]) -> GoldDocument {
    GoldDocument(name: "doc", text: text,
                 attributions: BratAnnotation.parse(Array(annotation.joined(separator: "\n").unicodeScalars), text: text),
                 annotationFile: "doc_a.ann")
}

/// E1: the direct quote [13,36) said by Smith [37,42); E2: Jones [49,54) on the plan, indirect [60,75).
private let gold = document([
    "T1\tContent 13 36\tq", "T2\tSource 37 42\tSmith", "E1\tAttribution:T1 Content:T1 Source:T2",
    "T3\tContent 60 75\tthe plan failed", "T4\tSource 49 54\tJones", "E2\tAttribution:T3 Content:T3 Source:T4",
])

private func score(_ quotes: [PredictedQuote], in document: GoldDocument = gold) -> Score {
    var predictions = Predictions()
    predictions.cover(document.name)
    for quote in quotes { predictions.add(quote, doc: document.name, offsets: Predictions.codePoints(in: document.text)) }
    return Scorer.score([document], predictions)
}

@Test func aQuoteMustCoverHalfTheGoldContentToMatch() {
    // The content has 23 code points: 12 of them match, 11 do not.
    #expect(score([PredictedQuote(start: 13, end: 25, kind: "direct")]).counts.recDirect == 1)
    #expect(score([PredictedQuote(start: 13, end: 24, kind: "direct")]).counts.recDirect == 0)
}

@Test func precisionAsksHalfOfTheSystemQuoteToBeGoldContent() {
    let counts = score([PredictedQuote(start: 0, end: 20, kind: "direct"), PredictedQuote(start: 0, end: 12, kind: "direct")]).counts
    #expect(counts.sysDirect == 2)
    #expect(counts.precHits == 0)
    // 7 of its 12 code points are gold content.
    #expect(score([PredictedQuote(start: 8, end: 20, kind: "direct")]).counts.precHits == 1)
}

@Test func theSpeakerIsRightBySpanOverlapOrByLastToken() {
    func e2e(_ quote: PredictedQuote) -> Int { score([quote]).counts.e2eDirect }
    #expect(e2e(PredictedQuote(start: 13, end: 36, kind: "direct", speaker: (41, 45))) == 1)
    #expect(e2e(PredictedQuote(start: 13, end: 36, kind: "direct", speaker: (42, 45))) == 0)
    #expect(e2e(PredictedQuote(start: 13, end: 36, kind: "direct", speakerText: "Mr. Smith's")) == 1)
    #expect(e2e(PredictedQuote(start: 13, end: 36, kind: "direct", entity: "John Smith")) == 1)
    #expect(e2e(PredictedQuote(start: 13, end: 36, kind: "direct", speakerText: "Jones")) == 0)
}

@Test func withoutAGoldSourceOnlyANamelessQuoteIsRight() {
    let sourceless = document(["T1\tContent 13 36\tq", "E1\tAttribution-no-source:T1 Content:T1"])
    #expect(score([PredictedQuote(start: 13, end: 36, kind: "direct")], in: sourceless).counts.e2eDirect == 1)
    #expect(score([PredictedQuote(start: 13, end: 36, kind: "direct", entity: "Smith")], in: sourceless).counts.e2eDirect == 0)
    #expect(score([PredictedQuote(start: 13, end: 36, kind: "direct")], in: sourceless).counts.goldDirectNoSource == 1)
}

@Test func indirectAttributionsCountOnlyInTheAllAttributionFigures() {
    let result = score([PredictedQuote(start: 60, end: 75, kind: "indirect", speakerText: "Jones")])
    #expect(result.counts.goldAll == 2 && result.counts.goldDirect == 1)
    #expect(result.counts.recAll == 1 && result.counts.e2eAll == 1)
    #expect(result.counts.sysDirect == 0 && result.counts.sysAll == 1)
    #expect(result.metrics.allRecall == 0.5)
    #expect(result.metrics.directPrecision == 0)
}

@Test func aDocWithoutPredictionIsCounted() {
    let result = Scorer.score([gold], Predictions())
    #expect(result.counts.docs == 1 && result.counts.docsWithoutPred == 1)
    #expect(result.errors.missed.map(\.gold.eid) == ["E1"])
}
