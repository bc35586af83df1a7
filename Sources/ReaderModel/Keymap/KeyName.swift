/// Keys as people write them in the config file and the help: "j", "C-d", "PgDn", "S-Tab".
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("Down", .down), ("Up", .up), ("Left", .left), ("Right", .right),
        ("PgDn", .pageDown), ("PgUp", .pageUp), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Space", .char(" ")),
    ]

    public static func parse(_ text: String) -> Key? {
        if let match = named.first(where: { $0.0.lowercased() == text.lowercased() }) { return match.1 }
        if text.hasPrefix("C-"), text.count == 3, let letter = text.last, letter.isLetter {
            return .ctrl(Character(letter.lowercased()))
        }
        if text.hasPrefix("F"), let number = Int(text.dropFirst()), (1...24).contains(number) { return .function(number) }
        if text.count == 1, let character = text.first, !character.isWhitespace { return .char(character) }
        return nil
    }

    public static func format(_ key: Key) -> String {
        if let match = named.first(where: { $0.1 == key }) { return match.0 }
        switch key {
        case .char(let character): return String(character)
        case .ctrl(let letter): return "C-\(letter)"
        case .function(let number): return "F\(number)"
        default: return "?"
        }
    }
}
