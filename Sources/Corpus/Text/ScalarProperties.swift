/// The Unicode properties the engine tests, read once for the first 12,288 code points (Latin,
/// Greek, Cyrillic, the general punctuation of news text) into a table, so that testing a curly
/// quote or a dash costs an array read, not a lookup in the Unicode data. Built from the same
/// properties, so every answer is theirs.
struct ScalarProperties: OptionSet, Sendable {
    let rawValue: UInt8

    static let alphabetic = ScalarProperties(rawValue: 1 << 0)
    static let decimalNumber = ScalarProperties(rawValue: 1 << 1)
    static let nonspacingMark = ScalarProperties(rawValue: 1 << 2)
    static let whitespace = ScalarProperties(rawValue: 1 << 3)
    static let uppercase = ScalarProperties(rawValue: 1 << 4)
    static let lowercase = ScalarProperties(rawValue: 1 << 5)
    /// Lowercasing gives the scalar back.
    static let ownLowercase = ScalarProperties(rawValue: 1 << 6)

    static let tableLimit: UInt32 = 0x3000

    static func of(_ scalar: Unicode.Scalar) -> ScalarProperties {
        scalar.value < tableLimit ? table[Int(scalar.value)] : reading(scalar)
    }

    private static let table: [ScalarProperties] = (0..<tableLimit).map { value in
        Unicode.Scalar(value).map(reading) ?? []
    }

    private static func reading(_ scalar: Unicode.Scalar) -> ScalarProperties {
        let properties = scalar.properties
        var result: ScalarProperties = []
        if properties.isAlphabetic { result.insert(.alphabetic) }
        if properties.generalCategory == .decimalNumber { result.insert(.decimalNumber) }
        if properties.generalCategory == .nonspacingMark { result.insert(.nonspacingMark) }
        if properties.isWhitespace { result.insert(.whitespace) }
        if properties.isUppercase { result.insert(.uppercase) }
        if properties.isLowercase { result.insert(.lowercase) }
        if properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar]) { result.insert(.ownLowercase) }
        return result
    }
}
