import Corpus
@testable import Evaluation
import Testing

private let text = ArticleText(#"Officials said on Monday. "We will win," he said. Critics called it "a mess" again."#)

private func parse(_ lines: [String]) -> [GoldAttribution] {
    BratAnnotation.parse(Array(lines.joined(separator: "\n").unicodeScalars), text: text)
}

@Test func readsADirectAttributionWithItsSource() throws {
    let gold = parse([
        "T1\tContent 26 40\t\"We will win,\"",
        "T2\tSource 41 43\the",
        "T3\tCue 44 48\tsaid",
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3",
    ])
    let attribution = try #require(gold.first)
    #expect(attribution.eid == "E1")
    #expect(attribution.content == Span(26, 40))
    #expect(attribution.source == [Span(41, 43)])
    #expect(attribution.sourceText == "he")
    #expect(attribution.direct && attribution.opensQuote)
}

@Test func joinsContentFragmentsAndContent2IntoOneSpan() throws {
    let gold = parse([
        "T1\tContent 0 9;15 24\tOfficials on Monday",
        "T2\tContent 68 76\t\"a mess\"",
        "T3\tSource 50 57;10 14\tCritics said",
        "E1\tAttribution:T1 Content:T1 Content2:T2 Source:T3",
    ])
    let attribution = try #require(gold.first)
    #expect(attribution.content == Span(0, 76))
    #expect(attribution.pieces == [Span(0, 9), Span(15, 24), Span(68, 76)])
    // Source fragments are sorted before their text is joined.
    #expect(attribution.sourceText == "said Critics")
    #expect(attribution.direct && !attribution.opensQuote)
}

@Test func anAttributionWithoutSourceOrQuoteMarksIsIndirectAndSourceless() throws {
    let gold = parse(["T1\tContent 0 24\tOfficials said on Monday", "E1\tAttribution-no-source:T1 Content:T1"])
    let attribution = try #require(gold.first)
    #expect(attribution.source.isEmpty && attribution.sourceText.isEmpty)
    #expect(!attribution.direct)
}

@Test func ignoresNotesRelationsMalformedLinesAndEventsWithoutContent() {
    let gold = parse([
        "#1\tAnnotatorNotes T1\tnote",
        "R1\tSame Arg1:T1 Arg2:T2",
        "T1\tContent 0 9;15\tmalformed",
        "T2\tSource 41 43",
        "E1\tAttribution:T1 Content:T1 Source:T2",
        "E2\tAttribution:T9 Content:T9",
        "E3\t Content:T2",
    ])
    #expect(gold.isEmpty)
}

@Test func sortsAttributionsByContentSpan() {
    let gold = parse([
        "T1\tContent 50 60\tx", "T2\tContent 0 9\ty",
        "E1\tAttribution:T1 Content:T1", "E2\tAttribution:T2 Content:T2",
    ])
    #expect(gold.map(\.eid) == ["E2", "E1"])
}

@Test func picksTheLexicographicallyFirstAnnotatorPerDoc() {
    let picked = Gold.pickAnnotationFiles(["a_b_c_x1.ann", "a_b_c_x2.ann", "d_y.ann", "e.ann", "f_z.txt"])
    #expect(picked == ["a_b_c": "a_b_c_x1.ann", "d": "d_y.ann"])
}
