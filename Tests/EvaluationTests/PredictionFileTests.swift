import Corpus
@testable import Evaluation
import Testing

@Test func jsonKeepsPythonsDistinctionsAndAcceptsItsExtensions() {
    #expect(JSONParser.parse(#"{"a": 1, "a": 2.5, "b": [true, null, "x\u00e9\ud83d\ude00"]}"#)
        == .object(["a": .double(2.5), "b": .array([.bool(true), .null, .string("xé😀")])]))
    #expect(JSONParser.parse("NaN").map { if case .double(let value) = $0 { value.isNaN } else { false } } == true)
    #expect(JSONParser.parse("-Infinity") == .double(-.infinity))
    #expect(JSONParser.parse("12") == .int(12))
    #expect(JSONParser.parse("1e2") == .double(100))
    for invalid in ["", "{", "01", "[1,]", "{\"a\":1,}", "\"tab\there\"", "'single'", "1.", "{} x", "\u{FEFF}{}"] {
        #expect(JSONParser.parse(invalid) == nil, "\(invalid)")
    }
}

@Test func offsetsAreReadAsPythonsIntDoes() {
    #expect(JSONValue.int(7).pythonInt == 7)
    #expect(JSONValue.double(3.9).pythonInt == 3)
    #expect(JSONValue.double(-3.9).pythonInt == -3)
    #expect(JSONValue.bool(true).pythonInt == 1)
    #expect(JSONValue.string(" 1_000 ").pythonInt == 1000)
    #expect(JSONValue.string("١٢").pythonInt == 12)
    for refused: JSONValue in [.string("1.5"), .string("1__0"), .string("_1"), .string(""), .null, .array([]),
                               .double(.nan), .double(.infinity)] {
        #expect(refused.pythonInt == nil, "\(refused)")
    }
}

@Test func byteOffsetsRoundStartsDownAndEndsUp() {
    let offsets = ByteOffsets(Array("aé🙂b".unicodeScalars))
    // Bytes: a=0, é=1-2, 🙂=3-6, b=7; 8 bytes in all.
    #expect(offsets.codePoint(1, isEnd: false) == 1)
    #expect(offsets.codePoint(2, isEnd: false) == 1)
    #expect(offsets.codePoint(2, isEnd: true) == 2)
    #expect(offsets.codePoint(5, isEnd: true) == 3)
    #expect(offsets.codePoint(7, isEnd: true) == 3)
    #expect(offsets.codePoint(8, isEnd: true) == 4)
    #expect(offsets.codePoint(99, isEnd: false) == 4)
    #expect(offsets.codePoint(-4, isEnd: false) == 0)
}

@Test func predictionsFoldPartialIntoDirectAndCountBadSpans() {
    var predictions = Predictions()
    let offsets = Predictions.codePoints(in: ArticleText("0123456789"))
    predictions.add(PredictedQuote(start: 2, end: 5, kind: "Partial"), doc: "d", offsets: offsets)
    predictions.add(PredictedQuote(start: 5, end: 5, kind: "direct"), doc: "d", offsets: offsets)
    predictions.add(PredictedQuote(start: nil, end: 5, kind: "direct"), doc: "d", offsets: offsets)
    predictions.add(PredictedQuote(start: 8, end: 40, kind: "indirect", speaker: (3, 3)), doc: "d", offsets: offsets)
    let quotes = predictions.quotes["d"] ?? []
    #expect(quotes.map(\.kind) == ["direct", "indirect"])
    #expect(quotes.map(\.span) == [Span(2, 5), Span(8, 10)])
    #expect(quotes[1].speaker == nil)
    #expect(predictions.badSpans == 2)
}
