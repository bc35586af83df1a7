/// `json.loads` for one line: the same accepted inputs (NaN, Infinity, any top-level value, strict strings).
struct JSONParser {
    struct Failure: Error {}

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    /// Python would raise RecursionError somewhere deeper; either way the line is not a prediction.
    private static let maxDepth = 500

    static func parse(_ text: String) -> JSONValue? {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        guard let value = try? parser.parseDocument() else { return nil }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private mutating func parseDocument() throws -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == scalars.count else { throw Failure() }
        return value
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func skipWhitespace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { index += 1 }
    }

    private mutating func consume(_ word: String) -> Bool {
        let word = Array(word.unicodeScalars)
        guard scalars[index...].starts(with: word) else { return false }
        index += word.count
        return true
    }

    private mutating func parseValue() throws -> JSONValue {
        guard let scalar = current else { throw Failure() }
        switch scalar {
        case "{": return try nested { try $0.parseObject() }
        case "[": return try nested { try $0.parseArray() }
        case "\"": return .string(try parseString())
        default:
            if consume("null") { return .null }
            if consume("true") { return .bool(true) }
            if consume("false") { return .bool(false) }
            if consume("NaN") { return .double(.nan) }
            if consume("Infinity") { return .double(.infinity) }
            if consume("-Infinity") { return .double(-.infinity) }
            return try parseNumber()
        }
    }

    private mutating func nested(_ body: (inout JSONParser) throws -> JSONValue) throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw Failure() }
        return try body(&self)
    }

    private mutating func parseObject() throws -> JSONValue {
        index += 1
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if current == "}" {
            index += 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard current == "\"" else { throw Failure() }
            let key = try parseString()
            skipWhitespace()
            guard current == ":" else { throw Failure() }
            index += 1
            skipWhitespace()
            fields[key] = try parseValue()
            skipWhitespace()
            switch current {
            case ",": index += 1
            case "}": index += 1; return .object(fields)
            default: throw Failure()
            }
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == "]" {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            switch current {
            case ",": index += 1
            case "]": index += 1; return .array(items)
            default: throw Failure()
            }
        }
    }

    /// Control characters must be escaped; a lone surrogate escape, which Swift cannot hold, becomes U+FFFD.
    private mutating func parseString() throws -> String {
        index += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw Failure() }
            index += 1
            switch scalar {
            case "\"": return String(out)
            case "\\": out.append(try parseEscape())
            case _ where scalar.value < 0x20: throw Failure()
            default: out.append(scalar)
            }
        }
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard let scalar = current else { throw Failure() }
        index += 1
        switch scalar {
        case "\"", "\\", "/": return scalar
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "u":
            let unit = try parseHex4()
            if (0xD800..<0xDC00).contains(unit), scalars[index...].starts(with: ["\\", "u"]) {
                let saved = index
                index += 2
                let low = try parseHex4()
                if (0xDC00..<0xE000).contains(low) {
                    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                }
                index = saved
            }
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        default: throw Failure()
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= scalars.count else { throw Failure() }
        let digits = PythonString.string(scalars[index..<index + 4])
        guard digits.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit), let value = UInt32(digits, radix: 16)
        else { throw Failure() }
        index += 4
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, an int unless it has a fraction or exponent.
    private mutating func parseNumber() throws -> JSONValue {
        let start = index
        func digits() -> Int {
            let from = index
            while let scalar = current, ("0"..."9").contains(scalar) { index += 1 }
            return index - from
        }
        if current == "-" { index += 1 }
        if current == "0" { index += 1 } else if digits() == 0 { throw Failure() }
        var isFloat = false
        if current == ".", index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
            index += 1
            _ = digits()
            isFloat = true
        }
        if current == "e" || current == "E" {
            let saved = index
            index += 1
            if current == "+" || current == "-" { index += 1 }
            if digits() == 0 { index = saved } else { isFloat = true }
        }
        let text = PythonString.string(scalars[start..<index])
        if isFloat { return .double(Double(text)!) }
        if let int = Int(text) { return .int(int) }
        return .int(text.hasPrefix("-") ? .min : .max)
    }
}
