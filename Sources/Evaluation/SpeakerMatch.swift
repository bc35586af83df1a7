/// Whether a system quote names the speaker of a gold attribution.
enum SpeakerMatch {
    /// The speaker span touches a gold source fragment, or the last words agree; with no gold source,
    /// only a quote that names nobody is right.
    static func isRight(_ quote: SystemQuote, for gold: GoldAttribution) -> Bool {
        guard !gold.source.isEmpty else { return quote.hasNoSpeaker }
        if let speaker = quote.speaker, gold.source.contains(where: { speaker.overlap($0) > 0 }) { return true }
        guard let goldToken = lastToken(gold.sourceText) else { return false }
        return goldToken == lastToken(quote.speakerText) || goldToken == lastToken(quote.entity)
    }

    /// The last alphabetic token, lowercased, with a possessive 's or s' stripped.
    /// Compared as code points, as Python compares strings.
    static func lastToken(_ string: String?) -> [Unicode.Scalar]? {
        guard let string, !string.isEmpty else { return nil }
        let text = stripPluralPossessive(stripPossessive(PythonString.lower(Array(string.unicodeScalars))))
        let tokens = text.split { !isTokenCharacter($0) }
        return tokens.last.map(Array.init)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]

    /// `['\u2019]s\b`: an apostrophe and s at the end of a word.
    static func stripPossessive(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var index = 0
        while index < text.count {
            if apostrophes.contains(text[index]), index + 1 < text.count, text[index + 1] == "s",
               index + 2 == text.count || !PythonCharacters.isWord(text[index + 2]) {
                index += 2
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return out
    }

    /// `(?<=s)['\u2019](?=\W|$)`: an apostrophe after s that ends a word.
    static func stripPluralPossessive(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        text.indices.filter { index in
            !(apostrophes.contains(text[index]) && index > 0 && text[index - 1] == "s"
                && (index + 1 == text.count || !PythonCharacters.isWord(text[index + 1])))
        }.map { text[$0] }
    }

    /// `[^\W\d_]`: a word character that is neither a decimal digit nor an underscore.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        PythonCharacters.isWord(scalar) && !PythonCharacters.isDecimal(scalar) && scalar != "_"
    }
}
