import Corpus
// The reader's `contains` on strings is Foundation's (Corpus imports it): the filter must agree with it.
import Foundation
@testable import ReaderModel
import Testing

/// The incremental search against a plain scan: fold every scalar, compare at every offset, keep
/// the matches that do not overlap the one before.
struct SearchTests {
    static func plainMatches(of query: String, in text: String) -> [Span] {
        let folded = text.unicodeScalars.map(TextSearch.fold)
        let needle = query.unicodeScalars.map(TextSearch.fold)
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var spans: [Span] = []
        var offset = 0
        while offset + needle.count <= folded.count {
            if Array(folded[offset..<(offset + needle.count)]) == needle {
                spans.append(Span(offset, offset + needle.count))
                offset += needle.count
            } else {
                offset += 1
            }
        }
        return spans
    }

    static func search(_ query: String, in text: String, after earlier: [String] = []) -> SearchState {
        let folded = FoldedText(ArticleText(text))
        var state = SearchState()
        for typed in earlier + [query] { state = state.searching(typed, in: folded) }
        return state
    }

    /// Deterministic text over a small alphabet, so that every query has overlapping hits.
    static func randomText(seed: UInt64, length: Int) -> String {
        let alphabet: [Character] = ["a", "A", "b", "B", " ", "é", "É", "\n", "a"]
        var state = seed
        return String((0..<length).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int(state >> 33) % alphabet.count]
        })
    }

    @Test func typingAQueryFindsWhatAFreshSearchFinds() {
        for seed in 1...20 {
            let text = Self.randomText(seed: UInt64(seed), length: 400)
            var state = SearchState()
            let folded = FoldedText(ArticleText(text))
            var query = ""
            for letter in "aAbaéa Ba" {
                query.append(letter)
                state = state.searching(query, in: folded)
                #expect(Array(state.matches) == Self.plainMatches(of: query, in: text), "seed \(seed), query \(query)")
            }
            while !query.isEmpty {
                query.removeLast()
                state = state.searching(query, in: folded)
                #expect(Array(state.matches) == Self.plainMatches(of: query, in: text), "seed \(seed), query \(query)")
            }
        }
    }

    @Test func aQueryThatChangesItsMiddleStartsOver() {
        let text = "abc abd acd"
        let state = Self.search("acd", in: text, after: ["a", "ab", "abd"])
        #expect(Array(state.matches) == [Span(8, 11)])
    }

    @Test func overlappingOccurrencesShowAsMatchesThatDoNotOverlap() {
        #expect(Array(Self.search("aa", in: "aaaaa").matches) == [Span(0, 2), Span(2, 4)])
        #expect(Array(Self.search("aa", in: "aaaaa", after: ["a"]).matches) == [Span(0, 2), Span(2, 4)])
        #expect(Array(Self.search("that", in: "thathat that").matches) == [Span(0, 4), Span(8, 12)])
    }

    @Test func foldsCaseOutsideAscii() {
        let text = "ÉCOLE école Σοφία ΣΟΦΊΑ Москва МОСКВА"
        #expect(Self.search("école", in: text).matches.count == 2)
        #expect(Self.search("σοφία", in: text).matches.count == 2)
        #expect(Self.search("москва", in: text, after: ["м", "мо"]).matches.count == 2)
        // The Kelvin sign lowercases to an ASCII k, so it is found among the k's.
        #expect(Array(Self.search("k", in: "\u{212A}elvin").matches) == [Span(0, 1)])
    }

    @Test func findsAHitAtTheVeryEndAndNothingPastIt() {
        #expect(Array(Self.search("end", in: "the end").matches) == [Span(4, 7)])
        #expect(Array(Self.search("ends", in: "the end", after: ["e", "en", "end"]).matches).isEmpty)
        #expect(Array(Self.search("x", in: "x").matches) == [Span(0, 1)])
    }

    @Test func matchesOnScreenIncludeOneAcrossAWrappedLine() {
        let text = ArticleText("alpha bravo charlie")
        let layout = DocumentLayout(text: text, width: 8)
        let search = Self.search("a b", in: "alpha bravo charlie")
        #expect(Array(search.matches) == [Span(4, 7)])
        let second = layout.lines[1]
        #expect(Array(CellStyler.matches(search.matches, in: Span(second.start, second.end))) == [Span(4, 7)])
        let third = layout.lines[2]
        #expect(CellStyler.matches(search.matches, in: Span(third.start, third.end)).isEmpty)
    }
}

struct QuoteIndexTests {
    @Test func quotesTouchingARangeAreThoseAFullPassFinds() {
        let spans = [Span(0, 50), Span(5, 10), Span(12, 12), Span(20, 30), Span(25, 28), Span(60, 70), Span(65, 90)]
        let quotes = spans.enumerated().map { Quote(id: "q\($0.offset)", span: $0.element, kind: .direct, speaker: nil, actor: nil) }
        let index = QuoteIndex(quotes.reversed())
        for start in 0...95 {
            for end in start...96 {
                let range = Span(start, end)
                let expected = index.order.indices.filter {
                    let span = index.spans[$0]
                    return span.overlap(range) > 0 || (span.start >= range.start && span.start < range.end)
                }
                #expect(index.positions(touching: range) == expected, "\(range)")
            }
        }
    }
}

struct ListFilterTests {
    /// The keys of articles with these titles, docs and bylines.
    private static func keys(_ articles: [[String]]) -> FilterKeys {
        FilterKeys(articles.map { ArticleSummary(doc: $0[1], path: "", title: $0[0], subtitle: $0[2].isEmpty ? nil : $0[2]) })
    }

    @Test func findsWhatContainsFinds() {
        let haystacks = ["peace talks in geneva", "talks", "cafe\u{301} talks", "café", "Москва talks", "“talks” — on",
                         "a\r\nb", "x\u{37E}y", "e\u{301}e", "🇺🇦 talks", "k\u{200D}a", "", "naïve ﬁle", "a\u{1FEF}b"]
        let needles = ["talks", "", "talks in", "cafe", "cafe\u{301}", "café", "e", "\n", "\r", "b", ";", "a", "k", " ", "москва",
                       "`", "i", "fi", "na"]
        let keys = ListFilterTests.keys(haystacks.map { [$0, "", ""] })
        for (article, haystack) in haystacks.enumerated() {
            let key = keys.text(of: article)
            #expect(key == haystack.lowercased() + "\n\n")
            for needle in needles {
                #expect(keys.filter([article], including: needle) == (key.contains(needle) ? [article] : []),
                        "\(haystack) / \(needle)")
            }
        }
        // "é" written as e + U+0301 is one character, which "e" alone does not match.
        #expect(keys.filter([2], including: "cafe").isEmpty)
        #expect(keys.filter(Array(haystacks.indices), including: "talks") == [0, 1, 2, 4, 5, 9])
    }

    @Test func keysOfLinesAreTheLoweredJoinedLines() {
        let cases = [["Peace TALKS in Geneva", "a001", "By Jane DOE"], ["", "", ""], ["@[`{ AZ az", "Z", ""],
                     ["Москва Talks", "doc", ""], ["“Talks”", "DOC", "x"], ["By Lucía Volkov", "ΟΔΟΣ", "İstanbul ẞ"],
                     ["cafe\u{301}", "x\u{37E}y", "Talks"]]
        let keys = ListFilterTests.keys(cases)
        for (article, parts) in cases.enumerated() {
            let expected = parts.joined(separator: "\n").lowercased()
            #expect(keys.text(of: article) == expected, "\(parts)")
            for needle in ["talks", "a001\nby", "@[`{ az az", "москва", "", "doc", "lucía", "cafe", ";", "i"] {
                #expect(keys.filter([article], including: needle) == (expected.contains(needle) ? [article] : []),
                        "\(parts) / \(needle)")
            }
        }
    }

    @Test func typingAndDeletingGivesTheRowsOfAFreshFilter() {
        var state = Fixtures.state(keys: [.char("/")])
        for key in Fixtures.keys("gen") + [.backspace, .backspace] + Fixtures.keys("ree") {
            _ = state.apply(.key(key))
            let fresh = Fixtures.state(keys: [.char("/")] + Fixtures.keys(state.list.filter))
            #expect(state.list.rows == fresh.list.rows, "\(state.list.filter)")
        }
    }
}

struct FilterWhileListingTests {
    @Test func aFilterTypedBeforeSummariesArriveIsRunAgainOnThem() {
        var session = ListingTests.session()
        // The second article's title: only its stand-in (named after the file) is listed yet.
        let title = ListingTests.summaries[1].title.lowercased()
        ArticleSourceTests.press([.char("/")] + title.map { .char($0) } + [.enter], &session)
        #expect(!session.state.list.rows.contains(1))
        session.summariesDidArrive(Array(ListingTests.summaries[1...]), at: 1)
        #expect(session.state.list.rows.contains(1))
    }
}
