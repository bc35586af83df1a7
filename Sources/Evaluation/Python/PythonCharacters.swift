/// Character classes as Python's `str` methods and `re` module see them, so the port scores alike.
enum PythonCharacters {
    /// `str.isspace()` and regex `\s`: Unicode White_Space plus the separators U+001C...U+001F.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// `str.isalpha()`: the letter categories only (not combining marks).
    static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Regex `\d` and `str.isdecimal()`.
    static func isDecimal(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

    /// Regex `\w`: alphanumeric in Python's wide sense (any numeric value) or underscore.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        isAlpha(scalar) || scalar.properties.numericType != nil || scalar == "_"
    }

    /// `str.isprintable()` for one character, as `repr` decides whether to escape it.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default: return true
        }
    }
}
