/// Sentences harvested from real articles, to be recombined around synthetic speakers.
public struct Phrasebook: Sendable {
    /// Sentences with no quotation marks: narrative filler and quote content.
    let sentences: [String]
    /// Short noun phrases for partial quotes and scare quotes.
    let fragments: [String]

    /// Splits the texts into sentences on ". ", keeping those without quote marks and of a sensible length.
    public init(texts: [String]) {
        let quoteMarks: Set<Character> = ["\"", "“", "”", "«", "»", "„"]
        var sentences: [String] = []
        for text in texts {
            for line in text.split(whereSeparator: \.isNewline) {
                for piece in line.split(separator: ". ") {
                    let sentence = piece.drop { $0 == " " }
                    guard sentence.count > 40, sentence.count < 260, !sentence.contains(where: quoteMarks.contains),
                          !sentence.hasSuffix("?"), !sentence.hasSuffix("!")
                    else { continue }
                    sentences.append(String(sentence.hasSuffix(".") ? sentence.dropLast() : sentence))
                }
            }
        }
        self.sentences = sentences.isEmpty ? ["The talks continued into the night"] : sentences
        let fragments = self.sentences.compactMap { sentence -> String? in
            let words = sentence.split(separator: " ")
            guard words.count > 6 else { return nil }
            let fragment = words[2..<5].joined(separator: " ")
            return fragment.allSatisfy { $0.isLetter || $0 == " " } ? fragment.lowercased() : nil
        }
        self.fragments = fragments.isEmpty ? ["lasting peace"] : fragments
    }
}
