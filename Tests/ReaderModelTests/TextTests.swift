import Corpus
@testable import ReaderModel
import Testing

struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("東", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2),
        ("🎉", 2), ("👍🏽", 2), ("🇺🇦", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("\u{200B}", 0), ("\u{301}", 0),
    ])
    func clusterWidth(character: String, width: Int) {
        #expect(DisplayWidth.of(Character(character)) == width)
    }

    @Test func stringWidthAddsClusters() {
        #expect(DisplayWidth.of("Tokyo 東京 🎉") == 13)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
    }
}

struct GlyphTests {
    @Test func escapeIsShownNotSent() {
        let glyphs = Glyph.of("\u{1B}", column: 0)
        #expect(glyphs.map(\.symbol) == ["^", "["])
        #expect(glyphs.allSatisfy { $0.isControl })
    }

    @Test(arguments: [("\u{01}", "^A"), ("\u{7F}", "^?"), ("\u{0D}", "^M"), ("\u{85}", "\u{FFFD}"), ("\u{9B}", "\u{FFFD}"),
                      ("\u{202E}", "\u{FFFD}")])
    func controlsBecomeVisible(control: String, shown: String) {
        let glyphs = Glyph.of(Character(control), column: 0)
        #expect(glyphs.map(\.symbol).joined() == shown)
        #expect(!glyphs.contains { $0.symbol.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    @Test func tabsExpandToTheNextStop() {
        #expect(Glyph.of("\t", column: 0).count == 8)
        #expect(Glyph.of("\t", column: 5).count == 3)
        #expect(Glyph.of("\t", column: 5).allSatisfy { $0.symbol == " " })
    }

    @Test func labelsTurnNewlinesIntoSpaces() {
        #expect(Glyph.glyphs(of: "a\nb").map(\.symbol) == ["a", " ", "b"])
    }
}

struct WrapperTests {
    @Test func breaksAfterSpaces() {
        #expect(Wrapper.wrap("the quick brown fox", width: 10) == ["the quick ", "brown fox"])
    }

    @Test func splitsWordsLongerThanTheLine() {
        #expect(Wrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func neverSplitsAWideCharacterAtTheEdge() {
        // "ab東" is 4 columns; 京 would need columns 5 and 6 of 5.
        #expect(Wrapper.wrap("ab東京", width: 5) == ["ab東", "京"])
    }

    @Test func keepsCombiningMarksWithTheirLetter() {
        let lines = Wrapper.wrap("cafe\u{301}cafe\u{301}", width: 4)
        #expect(lines == ["cafe\u{301}", "cafe\u{301}"])
    }

    @Test func countsVisibleControlsAsTwoColumns() {
        #expect(Wrapper.wrap("ab\u{1B}cd", width: 4) == ["ab\u{1B}", "cd"])
    }

    @Test func emptyParagraphIsOneEmptyLine() {
        #expect(Wrapper.lineRanges("", width: 10) == [0..<0])
    }

    @Test(arguments: [1, 2, 3, 5, 8, 13, 40])
    func noLineIsWiderThanTheWidth(width: Int) {
        let text = "Zelensky 🇺🇦 said \"売り上げが落ちた\" e\u{301}\u{1B}x\tend, unconditionally-and-without-delay 👨‍👩‍👧."
        for line in Wrapper.wrap(text, width: width) {
            // A space or tab that does not fit ends its line invisibly.
            let trimmed = String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            let widest = trimmed.map { Glyph.width(of: String($0)) }.max() ?? 0
            #expect(Glyph.width(of: trimmed) <= max(width, widest), "\(line)")
        }
        #expect(Wrapper.wrap(text, width: width).joined() == text)
    }
}

struct DocumentLayoutTests {
    @Test func paragraphsAreOneBlankLineApartAndKeepOffsets() {
        let text = ArticleText("Title\n\n\nFirst paragraph here\nSecond")
        let layout = DocumentLayout(text: text, width: 10)
        let shown = layout.lines.map { text.string(Span($0.start, $0.end)) }
        #expect(shown == ["Title", "", "First ", "paragraph ", "here", "", "Second"])
    }

    @Test func findsTheLineOfAnOffset() {
        let text = ArticleText("Title\n\nFirst paragraph here")
        let layout = DocumentLayout(text: text, width: 10)
        #expect(layout.line(containing: 0) == 0)
        #expect(layout.line(containing: 7) == 2)
        #expect(layout.line(containing: 17) == 3)
        #expect(layout.line(containing: 10_000) == layout.count - 1)
    }

    @Test func crlfLineEndsAreNotShown() {
        let text = ArticleText("One\r\nTwo")
        let layout = DocumentLayout(text: text, width: 10)
        #expect(layout.lines.map { text.string(Span($0.start, $0.end)) } == ["One", "", "Two"])
    }

    /// The layout as first written, over decoded code points: each source line (its "\r" before the
    /// newline dropped) that is not all whitespace, wrapped as a string, one spacer line apart.
    static func scalarLayout(_ text: String, width: Int) -> [DocLine] {
        var lines: [DocLine] = []
        var start = 0
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var shown = String.UnicodeScalarView(line)
            if shown.last == "\r" { shown.removeLast() }
            defer { start += line.count + 1 }
            guard shown.contains(where: { !$0.properties.isWhitespace }) else { continue }
            if !lines.isEmpty { lines.append(DocLine(start: start, end: start)) }
            lines += Wrapper.lineRanges(String(shown), width: width).map {
                DocLine(start: start + $0.lowerBound, end: start + $0.upperBound)
            }
        }
        return lines
    }

    @Test func wrappingTheUTF8GivesTheLinesOfTheCodePoints() {
        // Plain ASCII, plain scalars of two and three bytes, spaces of both kinds, controls, marks and wide ones.
        let alphabet: [String] = ["a", "b", "Q", " ", "\u{A0}", "word ", "é", "ж", "“", "—", "€", "\n", "~",
                                  "\r\n", "\r", "\t", "e\u{301}", "東", "🇺🇦", "\u{7F}", "\u{2009}", "\n"]
        var state: UInt64 = 11
        for round in 0..<300 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 40) % 400
            // Some texts only of the plain ASCII and plain scalars, the fast path's own.
            let letters = round % 3 == 0 ? 13 : alphabet.count
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % letters]
            }
            for width in [1, 2, 3, 7, 20, 80] {
                #expect(DocumentLayout(text: ArticleText(text), width: width).lines == Self.scalarLayout(text, width: width),
                        "width \(width): \(text.debugDescription)")
            }
        }
    }
}
