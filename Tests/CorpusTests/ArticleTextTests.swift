import Corpus
import Testing

/// ArticleText keeps UTF-8 and a sparse code-point index: every read must agree with the code points.
private func expectMatchesCodePoints(_ string: String) {
    let text = ArticleText(string)
    let scalars = Array(string.unicodeScalars)
    #expect(text.count == scalars.count)
    #expect(text.scalars == scalars)
    for offset in scalars.indices { #expect(text[offset] == scalars[offset]) }
    for start in stride(from: 0, through: scalars.count, by: 7) {
        for end in [start, start + 1, start + 63, start + 64, start + 65, scalars.count] where end <= scalars.count {
            let expected = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(text.string(Span(start, end)) == expected)
        }
    }
}

@Test func articleTextReadsASCII() {
    expectMatchesCodePoints("Lavrov said the talks would go on. \"We are ready,\" he said.")
}

@Test func articleTextReadsMixedWidths() {
    // Two-, three- and four-byte sequences, across many index checkpoints.
    let piece = "«Ça» — “Zelenskyy” said 李明 🇺🇦 e\u{301} 𝔘 "
    expectMatchesCodePoints(String(repeating: piece, count: 12))
}

@Test func articleTextHandlesEmptyText() {
    let text = ArticleText("")
    #expect(text.count == 0)
    #expect(text.scalars.isEmpty)
    #expect(text.string(Span(0, 0)) == "")
    #expect(text.string(Span(-3, 5)) == "")
}

@Test func articleTextReadsAstralCharactersAtTheEnds() {
    let text = ArticleText("😀middle𝔘")
    #expect(text.count == 8)
    #expect(text[0] == "😀")
    #expect(text[7] == "𝔘")
    #expect(text.string(Span(0, 1)) == "😀")
    #expect(text.string(Span(7, 8)) == "𝔘")
    #expect(text.string(Span(1, 7)) == "middle")
}

@Test func articleTextClampsSpansToTheText() {
    let text = ArticleText("«Ça» va")
    #expect(text.string(Span(5, 99)) == "va")
    #expect(text.string(Span(-2, 2)) == "«Ç")
    #expect(text.string(Span(4, 2)) == "")
    #expect(text.string == "«Ça» va")
}

@Test func articleTextEqualityIsByCodePoint() {
    // Canonically equivalent strings are equal as Strings, but not as code points.
    #expect(ArticleText("é") != ArticleText("e\u{301}"))
    #expect(ArticleText("é") == ArticleText("é"))
    #expect(Set([ArticleText("a"), ArticleText("a"), ArticleText("b")]).count == 2)
}
