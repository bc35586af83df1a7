/// Labels blocks one after another; remembers what it has seen (a title yet? inside an author's note?).
struct BlockClassifier {
    private var sawTitle = false
    private var blockIndex = 0
    private var inTrailer = false
    private var afterImageMarker = false

    static let longestLabelledLine = 400

    mutating func classifyProse() -> SegmentKind {
        blockIndex += 1
        sawTitle = true
        afterImageMarker = false
        return inTrailer ? .boilerplate : .paragraph
    }

    /// A line of more words than any label has (see `LineShape`): only a caption, a title or prose.
    /// The line is built only when its last character could end a photo credit.
    mutating func classifyManyWords(endsWithParenthesis: Bool, line: () -> String) -> SegmentKind {
        defer { blockIndex += 1 }
        if inTrailer { return .boilerplate }
        if afterImageMarker || endsWithParenthesis && Self.isCaption(line()) {
            afterImageMarker = false
            return .caption
        }
        if !sawTitle {
            sawTitle = true
            return .title
        }
        return .paragraph
    }

    mutating func classify(_ line: String) -> SegmentKind {
        defer { blockIndex += 1 }
        let lower = line.lowercasedByBytes()
        let words = PlainText.split(line, separatorScalar: { $0 == " " || $0 == "\t" }, isSeparator: { $0 == " " || $0 == "\t" })
        if inTrailer { return .boilerplate }
        if Self.startsTrailer(lower) {
            inTrailer = true
            return .boilerplate
        }
        if Self.isBoilerplate(lower, wordCount: words.count) {
            afterImageMarker = Self.isImageMarker(lower)
            return .boilerplate
        }
        if afterImageMarker || Self.isCaption(line) {
            afterImageMarker = false
            return .caption
        }
        if !sawTitle {
            sawTitle = true
            return .title
        }
        if Self.isByline(line, words: words) { return .byline }
        if Self.isDateline(line, lower: lower, words: words) { return .dateline }
        if Self.isHeading(line, words: words) { return .heading }
        return .paragraph
    }

    private static let boilerplateLines: Set<String> = [
        "article image", "read more", "share", "share this article", "subscribe", "advertisement", "avatar",
        "reporter", "editor", "related", "related articles", "listen", "print", "comments", "tweet", "email",
        "read the rest here.", "read the rest here", "continue reading", "sign up", "follow us", "image",
        "photo", "video",
    ]
    private static let boilerplatePhrases = [
        "min read", "logo", "sign up for", "subscribe to", "share on", "follow us on", "click here",
        "all rights reserved", "newsletter", "support our work", "become a member", "join our community",
    ]

    private static let boilerplateMatcher = StemMatcher(boilerplatePhrases)
    private static let creditMatcher = StemMatcher(["getty", "afp", "reuters", "ap photo", "photo", "epa", "shutterstock", "courtesy"])

    private static func isImageMarker(_ lower: String) -> Bool {
        lower == "article image" || lower == "image" || lower == "photo"
    }

    /// Bytes in the longest of `boilerplateLines`: a longer line is not looked up (the lines are ASCII
    /// without `;` or a backtick, the only ASCII that longer, canonically equal text could spell).
    private static let longestBoilerplateLine = boilerplateLines.map(\.utf8.count).max() ?? 0

    private static func isBoilerplate(_ lower: String, wordCount: Int) -> Bool {
        if lower.utf8.count <= longestBoilerplateLine, boilerplateLines.contains(lower) { return true }
        guard wordCount <= 8 else { return false }
        return boilerplateMatcher.matches(in: lower).contains(true) || lower.hasPrefix("©") || lower.hasPrefix("copyright")
    }

    /// An author's note or "about the author" closes the article: what follows is not reporting.
    private static func startsTrailer(_ lower: String) -> Bool {
        lower == "author's note" || lower == "author’s note" || lower == "about the author"
    }

    /// Photo captions end with a credit in parentheses: "(Name / AFP via Getty Images)".
    private static func isCaption(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = lastOpeningParenthesis(line) else { return false }
        let credit = String(line[open...]).lowercasedByBytes()
        return credit.contains("/" as Character) || creditMatcher.matches(in: String(credit)).contains(true)
    }

    /// `line.lastIndex(of: "(")`, found among the bytes when every code point is a character.
    private static func lastOpeningParenthesis(_ line: String) -> String.Index? {
        guard PlainText.isPlain(line) else { return line.lastIndex(of: "(") }
        return line.utf8.lastIndex(of: UInt8(ascii: "("))
    }

    private static func isByline(_ line: String, words: [Substring]) -> Bool {
        guard words.count >= 2, words.count <= 8 else { return false }
        return words[0].lowercased() == "by" && words[1].first?.isUppercase == true
    }

    /// A line that is only a date: "Feb. 11, 2026", "January 3, 2024 10:42 AM", "Updated: ...".
    private static func isDateline(_ line: String, lower: String, words: [Substring]) -> Bool {
        guard words.count <= 8 else { return false }
        if lower.hasPrefix("updated") || lower.hasPrefix("published") || lower.hasPrefix("posted") { return true }
        guard !line.hasSuffix(".") else { return false }
        let hasYear = words.contains(where: isYear)
        let monthWords = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return hasYear && words.contains { word in
            let lower = word.lowercased()
            return monthWords.contains { lower.hasPrefix($0) }
        }
    }

    /// Whether the word's digits are four and start "19" or "20". In ASCII every byte is a character
    /// and only 0-9 are numbers, so the digits are read from the bytes without making a string.
    private static func isYear(_ word: Substring) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            let digits = word.filter(\.isNumber)
            return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
        }
        var digits: [UInt8] = []
        for byte in word.utf8 where byte &- UInt8(ascii: "0") < 10 { digits.append(byte) }
        return digits.count == 4 && (digits.starts(with: "19".utf8) || digits.starts(with: "20".utf8))
    }

    /// Short lines without closing punctuation read as section headings.
    private static func isHeading(_ line: String, words: [Substring]) -> Bool {
        guard let last = line.last, words.count <= 10, line.count <= 90 else { return false }
        if last == "?" { return words.count <= 7 }
        return !".!…:;,\"”’»)".contains(last)
    }
}
