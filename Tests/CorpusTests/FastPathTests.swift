@testable import Corpus
import Testing

/// The engine's fast paths (by byte or code point, behind a shape test) must answer as the general
/// paths by `Character` do, on plain text and on text that is not.
private let samples = [
    "Lavrov said the talks would go on, \"as planned.\"",
    "“Zelenskyy’s plan,” she said — it’s a 20-point framework… (AFP / Getty Images)",
    "Officials in Kyiv and Moscow, including Mr. O’Brien and the U.S. envoy, met twice on Monday today again",
    "Café owners in Zürich said 李明 was “right” about the ﬁnal vote",
    "e\u{301}galite\u{301} and na\u{308}ive words with combining marks, said one of the many analysts there",
    "Tabs\tand  double  spaces,\tthen a CR\r\nLF pair and an emoji 👨‍👩‍👧 family",
    "",
]

@Test(arguments: samples)
func plainWordSplitMatchesCharacterSplit(text: String) {
    let byScalar = PlainText.split(text, separatorScalar: { !PlainText.isLetter($0) && $0 != "-" },
                                   isSeparator: { !$0.isLetter && $0 != "-" })
    #expect(byScalar.map(String.init) == text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
}

@Test(arguments: samples)
func manyWordLinesAreClassifiedAsByTheGeneralPath(text: String) {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty, LineShape.hasManyWords(scalars, Span(0, scalars.count)) else { return }
    #expect(text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count > LineShape.mostLabelWords)
    for sawTitle in [false, true] {
        var general = BlockClassifier(), fast = BlockClassifier()
        if sawTitle { _ = (general.classifyProse(), fast.classifyProse()) }
        #expect(fast.classifyManyWords(endsWithParenthesis: scalars.last == ")", line: { text }) == general.classify(text))
    }
}

@Test func tokensKnowTheirWordListsAndEndings() {
    let text = "Minister Lavrov’s aides and the officials’ drivers said"
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars, in: Span(0, scalars.count))
    #expect(tokens.map { $0.text(in: scalars) } == ["Minister", "Lavrov's", "aides", "and", "the", "officials", "'", "drivers", "said"])
    #expect(tokens[0].is(.roleWord) && tokens[0].isCapitalized && !tokens[2].isCapitalized)
    #expect(tokens[1].possessiveStem(in: scalars) == "Lavrov" && !tokens[5].isPossessive)
    #expect(tokens[2].is(.pluralHead) && tokens[5].is(.pluralHead) && tokens[6].scalar == "'")
    #expect(tokens[3].is(.prepositionLike) && tokens[4].is(.determiner) && tokens[8].is(.speechVerb))
    for token in tokens {
        #expect(token.is(.roleWord) == SpeakerLexicon.roleWords.contains(token.lower))
        #expect(token.is(.notName) == SpeakerLexicon.notNames.contains(token.lower))
    }
}

@Test(arguments: ["gen", "mr", "sept", "rep", "said", "u", "president", "jan"])
func wordsKeepingAPeriodAreOneWordClass(word: String) {
    #expect(WordClasses.of(word).contains(.abbreviation)
        == (SpeakerLexicon.roleWords.contains(word + ".") || Abbreviations.words.contains(word)))
}

@Test(arguments: ["abc", "Zhukhovitskiy", "Phillip Jackson", "Sergey Lavrov", "", "X"])
func asciiNameSkeletonsMatchTheGeneralPath(name: String) {
    // A trailing non-letter outside ASCII sends the same name down the general path.
    #expect(NameKey.skeleton(name) == NameKey.skeleton(name + "\u{2019}"))
}

@Test func nameSkeletonsFoldSpellings() {
    #expect(NameKey.skeleton("Zhukhovitskiy") == "zhuhovitski")
    #expect(NameKey.skeleton("Phillip Jackson") == "filipiakson")
    #expect(NameKey.skeleton("Çelik Khan") == "celihan")
    #expect(NameKey.skeleton("Sergey") == NameKey.skeleton("Sergei"))
}

@Test func stemMatcherFindsStemsInAnyCase() {
    let matcher = StemMatcher(["peace plan", "tax", "withdr"])
    #expect(matcher.matches(in: "The PEACE Plan would WITHDRAW troops") == [true, false, true])
    #expect(matcher.matches(in: "t") == [false, false, false])
    #expect(matcher.matches(in: "syntax") == [false, true, false])
}
