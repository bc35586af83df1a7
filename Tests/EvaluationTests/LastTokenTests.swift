@testable import Evaluation
import Testing

private func token(_ string: String?) -> String? {
    SpeakerMatch.lastToken(string).map { PythonString.string($0) }
}

@Test func lastTokenIsTheLastWordLowercased() {
    #expect(token("Senator Jane Whitfield") == "whitfield")
    #expect(token("the White House, 2016") == "house")
    #expect(token(nil) == nil)
    #expect(token("") == nil)
    #expect(token("42 _ 7") == nil)
}

@Test func lastTokenStripsPossessives() {
    #expect(token("Whitfield's") == "whitfield")
    #expect(token("Whitfield’s office") == "office")
    #expect(token("the critics'") == "critics")
    #expect(token("the critics’ spokesman") == "spokesman")
    // Not a possessive: the s does not end the word.
    #expect(token("it'so") == "so")
}

@Test func lastTokenSplitsOnDigitsAndUnderscoresButKeepsLetters() {
    #expect(token("Jürgen Maaß") == "maaß")
    #expect(token("Maaß_2") == "maaß")
    #expect(token("ΟΔΟΣ") == "οδος")
    // A combining mark is no word character for Python's regex, so it ends the token.
    #expect(token("Jose\u{301}") == "jose")
}

@Test func lowerAppliesTheFinalSigmaRuleLikePython() {
    #expect(PythonString.lower("ΣΑΣ ΣΑ") == "σας σα")
    #expect(PythonString.lower("İ").unicodeScalars.count == 2)
}
