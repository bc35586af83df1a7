import Foundation

/// Python's textual forms: `repr(str)`, `json.dumps` strings and floats, `round(x, n)` and `%f`.
enum PythonFormat {
    /// `repr()` of a `str`, or `None`.
    static func repr(_ string: String?) -> String {
        guard let string else { return "None" }
        let useDouble = string.contains("'") && !string.contains("\"")
        let quote: Unicode.Scalar = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in string.unicodeScalars {
            switch scalar {
            case quote, "\\": out += "\\" + String(scalar)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\x" + hex(scalar.value, 2)
            case _ where scalar.value < 0x7F || PythonCharacters.isPrintable(scalar): out.unicodeScalars.append(scalar)
            case _ where scalar.value <= 0xFF: out += "\\x" + hex(scalar.value, 2)
            case _ where scalar.value <= 0xFFFF: out += "\\u" + hex(scalar.value, 4)
            default: out += "\\U" + hex(scalar.value, 8)
            }
        }
        return out + String(quote)
    }

    /// `json.dumps(str)` with its default `ensure_ascii`: everything outside space...tilde escaped.
    static func jsonString(_ string: String) -> String {
        var out = "\""
        for unit in string.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += "\\u" + hex(UInt32(unit), 4)
            }
        }
        return out + "\""
    }

    /// `repr(round(value, places))`: correctly rounded (ties to even on the exact binary value), shortest form.
    static func rounded(_ value: Double, places: Int) -> String {
        Double(fixed(value, places: places))!.description
    }

    /// `format(value, ".Nf")`: glibc's printf rounds the exact binary value like Python does.
    static func fixed(_ value: Double, places: Int, width: Int = 0) -> String {
        String(format: "%\(width).\(places)f", value)
    }

    private static func hex(_ value: UInt32, _ digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
