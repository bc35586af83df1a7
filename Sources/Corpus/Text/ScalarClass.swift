/// Character classes the engine matches on. Matching folds typographic variants (curly and straight
/// quotes, dashes) together; offsets always stay on the text as stored.
extension Unicode.Scalar {
    var isLetter: Bool { properties.isAlphabetic }
    var isDigit: Bool { properties.numericType != nil && value < 0x10000 && properties.generalCategory == .decimalNumber }
    var isWordCharacter: Bool { isLetter || isDigit || properties.generalCategory == .nonspacingMark }
    var isSpace: Bool { properties.isWhitespace }
    var isUppercase: Bool { properties.isUppercase }
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
