/// Words whose trailing period does not end a sentence.
enum Abbreviations {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm", "sgt",
        "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "maj", "amb", "atty",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "no", "vs", "etc", "approx", "inc", "corp", "co", "ltd", "dept", "univ", "fig", "vol", "ch",
        "mt", "ft", "ave", "blvd", "rd", "est", "al",
    ]

    /// Words that begin sentences often enough that "U.S. The" is read as a boundary.
    private static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "in", "on", "a", "an",
        "his", "her", "their", "its", "there", "if", "as", "when", "while", "after", "for",
    ]

    /// Whether the period at `periodAt` closes an abbreviation or an initial ("Gen.", "U.S.", "J.").
    static func endsWithAbbreviation(_ scalars: [Unicode.Scalar], periodAt offset: Int, from start: Int) -> Bool {
        guard scalars[offset] == "." else { return false }
        var wordStart = offset
        while wordStart > start, scalars[wordStart - 1].isWordCharacter || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        let written = scalars[wordStart..<offset]
        // In ASCII each code point is a character and lowercases by itself: no String is searched.
        if written.allSatisfy(\.isASCII) {
            guard let first = written.first else { return false }
            if written.count == 1, first.isUppercase { return true }
            if written.contains(".") { return !nextWordStartsSentence(scalars, after: offset + 1) }
            return words.contains(ScalarText.ascii(written, lowercased: true))
        }
        let word = ScalarText.string(written, lowercased: false)
        if word.isEmpty { return false }
        if word.count == 1, word.unicodeScalars.first!.isUppercase { return true }
        if word.contains(".") { return !nextWordStartsSentence(scalars, after: offset + 1) }
        return words.contains(word.lowercased())
    }

    private static func nextWordStartsSentence(_ scalars: [Unicode.Scalar], after offset: Int) -> Bool {
        var start = offset
        while start < scalars.count, scalars[start].isSpace { start += 1 }
        var end = start
        while end < scalars.count, scalars[end].isLetter { end += 1 }
        return sentenceStarters.contains(ScalarText.string(scalars[start..<end], lowercased: true))
    }
}
