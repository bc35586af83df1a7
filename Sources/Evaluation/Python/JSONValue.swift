/// A value from `json.loads`, keeping the distinctions Python's scorer relies on (int vs float, truthiness).
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// Python ints are unbounded; larger ones saturate, which every use here clamps anyway.
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Duplicate keys: the last one wins, as in a Python dict.
    case object([String: JSONValue])

    subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// Python's `bool(value)`: None, False, 0, 0.0, "", [] and {} are false.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let int): return int != 0
        case .double(let double): return double != 0
        case .string(let string): return !string.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let fields): return !fields.isEmpty
        }
    }

    /// `value or None` for a field meant to hold a string; a non-string value counts as absent.
    var truthyString: String? {
        if case .string(let string) = self, !string.isEmpty { return string }
        return nil
    }

    /// Python's `int(value)`, nil where it raises (None, containers, NaN, infinity, malformed strings).
    var pythonInt: Int? {
        switch self {
        case .int(let int): return int
        case .bool(let flag): return flag ? 1 : 0
        case .double(let double):
            guard double.isFinite else { return nil }
            let truncated = double.rounded(.towardZero)
            if truncated >= 0x1p63 { return .max }
            if truncated < -0x1p63 { return .min }
            return Int(truncated)
        case .string(let string): return Self.parseInt(string)
        case .null, .array, .object: return nil
        }
    }

    /// `int(str)`: surrounding whitespace, a sign, decimal digits of any script, single underscores between digits.
    private static func parseInt(_ string: String) -> Int? {
        var scalars = PythonString.strip(Array(string.unicodeScalars)[...])
        var negative = false
        if let sign = scalars.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            scalars = scalars.dropFirst()
        }
        let groups = scalars.split(separator: "_", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(PythonCharacters.isDecimal) }) else { return nil }
        let value = PythonString.decimalValue(groups.joined())
        return negative ? (value == .max ? .min : -value) : value
    }
}
