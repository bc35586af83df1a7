/// The small part of TOML that parley's config and themes use: `[table]` headers (dotted names
/// allowed), `key = value` with a string, an integer, a boolean or an array of strings, and
/// `#` comments. Anything else is an error naming its line.
public enum TOML {
    public enum Value: Hashable, Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case strings([String])

        public var string: String? { if case .string(let value) = self { value } else { nil } }
        public var strings: [String]? { if case .strings(let value) = self { value } else { nil } }
    }

    /// One `key = value` line, with the table it sits in and its line number.
    public struct Entry: Hashable, Sendable {
        public var table: String
        public var key: String
        public var value: Value
        public var line: Int
    }

    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "\(line): \(message)" }
    }

    /// The entries in file order; the root table is "".
    public static func parse(_ text: String) throws(ParseError) -> [Entry] {
        var entries: [Entry] = []
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            var scanner = Scanner(Substring(raw), line: number)
            scanner.skipSpaces()
            if scanner.atEndOfLine { continue }
            if scanner.take("[") {
                table = try scanner.name(until: "]")
                guard scanner.take("]") else { throw scanner.error("expected ']'") }
                try scanner.finishLine()
                continue
            }
            let key = try scanner.name(until: "=")
            guard scanner.take("=") else { throw scanner.error("expected '=' after '\(key)'") }
            scanner.skipSpaces()
            let value = try scanner.value()
            try scanner.finishLine()
            if entries.contains(where: { $0.table == table && $0.key == key }) {
                throw ParseError(line: number, message: "duplicate key '\(key)'")
            }
            entries.append(Entry(table: table, key: key, value: value, line: number))
        }
        return entries
    }

    private struct Scanner {
        var rest: Substring
        let line: Int

        init(_ text: Substring, line: Int) {
            rest = text.hasSuffix("\r") ? text.dropLast() : text
            self.line = line
        }

        var atEndOfLine: Bool { rest.isEmpty || rest.first == "#" }

        func error(_ message: String) -> ParseError { ParseError(line: line, message: message) }

        mutating func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" } }

        mutating func take(_ character: Character) -> Bool {
            guard rest.first == character else { return false }
            rest.removeFirst()
            skipSpaces()
            return true
        }

        mutating func finishLine() throws(ParseError) {
            skipSpaces()
            guard atEndOfLine else { throw error("unexpected '\(rest)'") }
        }

        /// A bare or quoted key, or a dotted table name, up to `terminator`.
        mutating func name(until terminator: Character) throws(ParseError) -> String {
            if rest.first == "\"" { return try quoted() }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
            guard !name.isEmpty else { throw error("expected a name before '\(terminator)'") }
            rest = rest.dropFirst(name.count)
            skipSpaces()
            return String(name)
        }

        mutating func value() throws(ParseError) -> Value {
            if rest.first == "\"" { return .string(try quoted()) }
            if take("[") {
                var items: [String] = []
                while !take("]") {
                    guard rest.first == "\"" else { throw error("arrays hold strings only") }
                    items.append(try quoted())
                    if !take(",") && rest.first != "]" { throw error("expected ',' or ']' in array") }
                }
                return .strings(items)
            }
            let word = rest.prefix { !$0.isWhitespace && $0 != "#" }
            rest = rest.dropFirst(word.count)
            skipSpaces()
            switch word {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default:
                guard let number = Int(word.filter { $0 != "_" }) else {
                    throw error(word.isEmpty ? "missing value" : "cannot read value '\(word)'")
                }
                return .integer(number)
            }
        }

        /// A basic string with the common escapes.
        mutating func quoted() throws(ParseError) -> String {
            rest.removeFirst()
            var result = ""
            while let character = rest.first {
                rest.removeFirst()
                switch character {
                case "\"":
                    skipSpaces()
                    return result
                case "\\":
                    guard let escaped = rest.first else { break }
                    rest.removeFirst()
                    switch escaped {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "\"", "\\": result.append(escaped)
                    default: throw error("unknown escape '\\\(escaped)'")
                    }
                default:
                    result.append(character)
                }
            }
            throw error("unterminated string")
        }
    }
}
