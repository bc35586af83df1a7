import Testing

/// An input built to stress the engine, named so that a failing case says which one it is.
struct OddText: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String

    var testDescription: String { name }

    static let all: [OddText] = [
        OddText(name: "empty", text: ""),
        OddText(name: "blank lines", text: "\n\n   \n\t\n"),
        OddText(name: "only quotation marks", text: "\"\n\"\"\"\n«»\n“”„“\n''\n"),
        OddText(name: "2000 straight quotes", text: "Title\n" + String(repeating: "\"", count: 2000)),
        OddText(name: "2000 unclosed curly quotes", text: "Title\n" + String(repeating: "“open, she said ", count: 2000)),
        OddText(name: "alternating cues", text: "Title\n" + (0..<700).map { "\"Point \($0)\" Vask said. “Half" }.joined(separator: " ")),
        OddText(name: "very long line", text: "Title\n" + String(repeating: "Edda Vorn said the tide was late, and \"the boats must wait\" on the quay. ", count: 3000)),
        OddText(name: "one endless sentence", text: "Title\nVask said \"" + String(repeating: "and the tide rose, Vask said ", count: 3000)),
        OddText(name: "CRLF", text: "Harbour Votes\r\n\r\n\"The tide is late,\" Edda Vorn said.\r\nShe said: \"We wait.\"\r\n"),
        OddText(name: "tabs", text: "Harbour Votes\n\t\"The tide\tis late,\"\tEdda Vorn\tsaid.\t\n\tAnalysts\tsay it will rain.\n"),
        OddText(name: "control characters", text: "Harbour\u{0} Votes\n\u{1}\u{2} \"The tide\u{7} is late,\" Edda Vorn said.\u{1B}[0m\n\u{7F}\u{85}Vask said: \"No.\u{8}\"\n"),
        OddText(name: "emoji and CJK", text: "港口 🚢 投票\n\"The 🌊 tide is late,\" 李明 said. Edda 🙂 Vorn said: \"潮水来了。\"\n👨‍👩‍👧 “家族” Vask said, «🇫🇷 oui».\n"),
        OddText(name: "lone surrogate-free odd scalars", text: "Title\n\u{FEFF}\u{200B}\"Zero\u{200D}width,\" said\u{00A0}Oren\u{2009}Vask.\u{2028}\"Next line\u{2029}here.\"\n"),
        OddText(name: "rich story", text: [
            "Harbour Council Votes on Bridge Toll", "5 min read", "By Tessa Marlowe", "March 4, 2025",
            "Foreign Minister Ardal Venko said the border would stay open. \"We are ready,\" he said, \"to talk.\"",
            "\"The tide is late,\" Edda Vorn said. \"The crane never came.", "\"Now the season is lost.\"",
            "Analysts say the toll will cut traffic. According to a senior official, the vote was close.",
            "Mayor Hanne Lusk called the plan \"a slow-motion disaster\" and later added:", "\"It must stop.\"",
        ].joined(separator: "\n")),
    ]
}
