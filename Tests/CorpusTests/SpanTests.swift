import Corpus
import Testing

@Test func overlapCountsSharedCodePoints() {
    #expect(Span(0, 10).overlap(Span(5, 20)) == 5)
    #expect(Span(0, 10).overlap(Span(10, 20)) == 0)
}

@Test func articleTextSlicesByCodePoint() {
    let text = ArticleText("«Ça» va")
    #expect(text.string(Span(1, 3)) == "Ça")
}
