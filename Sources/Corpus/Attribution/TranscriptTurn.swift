/// A turn in a published transcript: a paragraph opening with a capitalised speaker label,
/// `PENCE: Well, look, ...`. The rest of the paragraph is that speaker's words.
struct TranscriptTurn {
    var speaker: SpeakerPhrase
    var content: Span

    static func match(_ block: BlockContext) -> TranscriptTurn? {
        let tokens = block.tokens
        var index = 0
        if index < tokens.count, tokens[index].scalar?.isDoubleQuote == true { index += 1 }
        let labelStart = index
        while index < tokens.count, index - labelStart < 3, tokens[index].isWord, isCapitalLabel(tokens[index].text(in: block.reader.scalars)) { index += 1 }
        guard index > labelStart, index + 1 < tokens.count, tokens[index].isPunctuation(":") else { return nil }
        let label = tokens[labelStart..<index].map { $0.text(in: block.reader.scalars) }.map { $0.prefix(1) + $0.dropFirst().lowercased() }
            .joined(separator: " ")
        let span = Span(tokens[labelStart].span.start, tokens[index - 1].span.end)
        let phrase = SpeakerPhrase(span: span, tokens: labelStart..<index, reading: .named(name: label, role: nil, organisation: false))
        return TranscriptTurn(speaker: phrase, content: Span(tokens[index + 1].span.start, block.span.end))
    }

    private static func isCapitalLabel(_ word: String) -> Bool {
        word.count >= 2 && word.unicodeScalars.allSatisfy { $0.isUppercase || $0 == "." || $0 == "'" }
    }
}
