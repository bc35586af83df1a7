import Testing

/// A hostile article file, for both `parley extract` and the reader: its bytes, the text they decode
/// to, and the warning the loader gives for them, if any.
struct HostileText: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let decoded: String
    let warning: String?

    var testDescription: String { name }

    init(_ name: String, _ text: String) {
        self.init(name, Array(text.utf8), decoded: text)
    }

    init(_ name: String, _ bytes: [UInt8], decoded: String, warning: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.decoded = decoded
        self.warning = warning
    }

    static let article = "Harbour talks\n\"The tide is late,\" Edda Vorn said. She said: \"We wait.\"\n"

    static let invalidUTF8: HostileText = {
        let bytes = Array("Harbour talks\n\"The tide".utf8) + [0xFF] + Array(" is late,\" Edda Vorn said. ".utf8)
            + [0xC3, 0x28, 0x20, 0xE2, 0x82, 0x20, 0xF0, 0x9F, 0x98, 0x0A]
        return HostileText("invalid-utf8.txt", bytes, decoded: String(decoding: bytes, as: UTF8.self),
                           warning: "invalid UTF-8 at byte 23, replaced with U+FFFD")
    }()

    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> HostileText {
        let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
        let bytes = units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return HostileText("utf16-\(bigEndian ? "be" : "le")\(mark ? "-bom" : "").txt", bytes, decoded: text,
                           warning: mark ? nil : "no byte order mark, read as UTF-16" + (bigEndian ? "BE" : "LE"))
    }

    /// Quoted prose running into a pasted hex dump, with no line break.
    static func longLine(bytes: Int) -> HostileText {
        let prose = String(repeating: "\"The tide is late,\" Edda Vorn said, and the harbour master said the boats would wait. ", count: 2_000)
        let blob = String(repeating: "89504e470d0a1a0a0000000d49484452", count: bytes / 32)
        return HostileText("long-line.txt", "Harbour talks\n" + prose + blob)
    }

    static let tinyParagraphs = HostileText("paragraphs.txt", "Harbour talks\n" + String(repeating: "Yes.\n", count: 100_000))

    static let unbalancedQuotes: HostileText = {
        let marks = ["\"", "\u{201C}", "\u{AB}", "\u{201E}", "\u{2018}", "\u{2039}", "\u{300C}"]
        return HostileText("open-quotes.txt", "Harbour talks\n" + (0..<10_000).map { "\(marks[$0 % marks.count])open \($0), Vorn said " }.joined())
    }()

    static let nestedQuotes: HostileText = {
        let pairs = [("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("\u{AB}", "\u{BB}"), ("\u{201E}", "\u{201C}"),
                     ("\u{2039}", "\u{203A}"), ("\u{300C}", "\u{300D}"), ("\"", "\""), ("'", "'")]
        let nested = (0..<400).map { pairs[$0 % pairs.count].0 + "level \($0) " }.joined()
            + (0..<400).reversed().map { pairs[($0 * 3) % pairs.count].1 }.joined()
        let mismatched = pairs.indices.map { "\(pairs[$0].0)Words,\(pairs[($0 + 1) % pairs.count].1) Edda Vorn said." }
        return HostileText("nested-quotes.txt", (["Harbour talks", nested + " Vask said."] + mismatched).joined(separator: "\n"))
    }()

    static let lines = ["Harbour talks", "\"The tide is late,\" Edda Vorn said.", "She said: \"We wait.\"", "Analysts say it will rain.", "End."]

    /// `lines` joined by these line ends, one after each but the last.
    static func lineEnds(_ name: String, _ ends: [String]) -> HostileText {
        HostileText(name, zip(lines, ends + [""]).map { $0 + $1 }.joined())
    }

    static let tabs = HostileText("tabs.txt", "Harbour\ttalks\n\t\"The\ttide is late,\"\tEdda Vorn said.\t\n")

    static let escapes = HostileText("escapes.txt", "Harbour \u{1B}[31mtalks\u{1B}[0m\n\"The tide\u{1B}]52;c;aGVsbG8=\u{7} is late,\" Edda Vorn said."
        + "\u{1B}]0;title\u{1B}\\ \u{1}\u{2}\u{8}\u{7F} \u{9B}2J \u{85}\u{C}\u{B}end.\n")

    static let zalgo = "Z" + String(repeating: "\u{301}\u{316}\u{334}", count: 100) + "algo"

    /// Hebrew and Arabic, bidi overrides and isolates, a pile of combining marks, an emoji ZWJ sequence, CJK.
    static let rightToLeft = HostileText("rtl.txt", "\u{5E9}\u{5DC}\u{5D5}\u{5DD} talks\n\u{202E}\"\u{627}\u{644}\u{633}\u{644}\u{627}\u{645},\"\u{202C} Edda Vorn said. "
        + "\u{2067}\u{5E9}\u{5DC}\u{5D5}\u{5DD}\u{2069} She said: \"\(zalgo) e\u{301}\u{302}\u{303} 👨‍👩‍👧 港口.\"\n")

    /// Every accepted hostile file the reader is given; the larger ones are kept to what a debug build
    /// renders in seconds.
    static let forTheReader: [HostileText] = [
        invalidUTF8, utf16(article, bigEndian: false, mark: true), utf16(article, bigEndian: true, mark: false),
        longLine(bytes: 2_000_000), tinyParagraphs, unbalancedQuotes, nestedQuotes,
        lineEnds("cr.txt", ["\r", "\r", "\r", "\r"]), lineEnds("mixed.txt", ["\r\n", "\n", "\r", "\u{2028}"]), tabs, escapes, rightToLeft,
    ]
}
