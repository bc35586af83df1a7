import Corpus
@testable import Evaluation
import Testing

@Test func reprQuotesAndEscapesLikePython() {
    #expect(PythonFormat.repr(nil) == "None")
    #expect(PythonFormat.repr("Smith") == "'Smith'")
    #expect(PythonFormat.repr("Whitfield's") == #""Whitfield's""#)
    #expect(PythonFormat.repr(#"it's "x""#) == #"'it\'s "x"'"#)
    #expect(PythonFormat.repr("a\tb\n\u{7F}\u{A0}\u{200B}é\u{E000}") == #"'a\tb\n\x7f\xa0\u200bé\ue000'"#)
}

@Test func jsonStringsAreAsciiEscapedLikeJsonDumps() {
    #expect(PythonFormat.jsonString("pred \"1\".jsonl") == #""pred \"1\".jsonl""#)
    #expect(PythonFormat.jsonString("Zürich 🙂\u{7F}") == #""Z\u00fcrich \ud83d\ude42\u007f""#)
}

@Test func numbersAreRoundedLikePythonsRoundAndFormat() {
    #expect(PythonFormat.rounded(2.0 / 3.0, places: 4) == "0.6667")
    #expect(PythonFormat.rounded(0.03125, places: 4) == "0.0312")
    #expect(PythonFormat.rounded(1, places: 4) == "1.0")
    #expect(PythonFormat.rounded(0, places: 4) == "0.0")
    #expect(PythonFormat.fixed(0.0625, places: 3, width: 8) == "   0.062")
}

@Test func theTableHasTheReferenceLayout() {
    var counts = Counts()
    counts.docs = 2
    counts.goldAll = 4
    counts.goldDirect = 3
    counts.recDirect = 2
    counts.sysDirect = 2
    counts.precHits = 1
    let table = Report.table(Score(counts: counts, metrics: Metrics(counts), errors: ErrorExamples()), system: "p.jsonl", gold: "dev")
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "system: p.jsonl   gold: dev   docs: 2 (without prediction: 0)")
    #expect(lines[1] == "gold attributions: 4 (direct 3, of which without source 0)   system quotes: 0 (direct 2)")
    #expect(lines[2] == "metric                             value  counts")
    #expect(lines[3] == "direct precision                   0.500  1/2")
    #expect(lines[5] == "direct F1                          0.571  ")
    #expect(lines.count == 13)
}

@Test func errorContextMarksTheSpanAndShowsNewlines() {
    let text = ArticleText("First line.\nSecond \"quote\" here.")
    #expect(Report.context(text, Span(19, 26), width: 8) == " ⏎ Second [[\"quote\"]] here.")
}

@Test func universalNewlinesTurnCRLFAndCRIntoLF() {
    #expect(PythonString.string(PythonString.universalNewlines(Array("a\r\nb\rc\n\r\n".unicodeScalars))) == "a\nb\nc\n\n")
}
