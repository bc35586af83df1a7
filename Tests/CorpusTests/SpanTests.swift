import Corpus
import Foundation
import Testing

@Test func overlapCountsSharedCodePoints() {
    #expect(Span(0, 10).overlap(Span(5, 20)) == 5)
    #expect(Span(0, 10).overlap(Span(10, 20)) == 0)
}

@Test func articleTextSlicesByCodePoint() {
    let text = ArticleText("«Ça» va")
    #expect(text.string(Span(1, 3)) == "Ça")
}

@Test func spanKeepsItsOffsetsThroughCoding() throws {
    var span = Span(3, 12)
    span.end = 40
    #expect(span.start == 3 && span.end == 40 && span.length == 37)
    let json = try JSONEncoder().encode(span)
    let object = try JSONSerialization.jsonObject(with: json) as? [String: Int]
    #expect(object == ["start": 3, "end": 40])
    #expect(try JSONDecoder().decode(Span.self, from: json) == span)
}

@Test func spansOrderByStartThenEnd() {
    #expect(Span(1, 5) < Span(2, 3))
    #expect(Span(1, 3) < Span(1, 5))
    #expect(Set([Span(1, 3), Span(1, 3), Span(0, 3)]).count == 2)
}
