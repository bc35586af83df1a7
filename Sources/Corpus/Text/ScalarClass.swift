/// Character classes the engine matches on. Matching folds typographic variants (curly and straight
/// quotes, dashes) together; offsets always stay on the text as stored.
extension Unicode.Scalar {
    // ASCII first, then a table: almost all news text is ASCII, and Unicode property lookups are slow.
    var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return ScalarProperties.of(self).contains(.alphabetic)
    }
    var isDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return ScalarProperties.of(self).contains(.decimalNumber)
    }
    var isWordCharacter: Bool {
        if value < 0x80 { return isLetter || isDigit }
        return !ScalarProperties.of(self).isDisjoint(with: [.alphabetic, .decimalNumber, .nonspacingMark])
    }
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return ScalarProperties.of(self).contains(.whitespace)
    }
    var isUppercase: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return ScalarProperties.of(self).contains(.uppercase)
    }
    var isLowercase: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return ScalarProperties.of(self).contains(.lowercase)
    }
    var isLineBreak: Bool { self == "\n" || self == "\r" || value == 0x2028 || value == 0x2029 }

    /// Double quotation marks of any style.
    var isDoubleQuote: Bool {
        switch value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0x301D, 0x301E: return true
        default: return false
        }
    }

    /// Single quotation marks and apostrophes, which only context tells apart.
    var isSingleQuote: Bool {
        switch value {
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: return true
        default: return false
        }
    }

    var isDash: Bool { value == 0x2014 || value == 0x2013 || value == 0x2015 }
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || value == 0x2026 }
    var isClauseBreak: Bool { self == "," || self == ";" || self == ":" || isDash }
    var isOpeningBracket: Bool { self == "(" || self == "[" || self == "{" }
    var isClosingBracket: Bool { self == ")" || self == "]" || self == "}" }
}
