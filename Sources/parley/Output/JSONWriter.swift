/// Writes JSON with keys in the order given, so output is stable and diffable.
struct JSONWriter {
    private(set) var output = ""

    enum Value {
        case string(String?)
        case int(Int?)
        case object([(String, Value)])
        case array([Value])
        case raw(String)
    }

    static func encode(_ value: Value) -> String {
        var writer = JSONWriter()
        writer.write(value)
        return writer.output
    }

    private mutating func write(_ value: Value) {
        switch value {
        case .string(let string):
            if let string { writeString(string) } else { output += "null" }
        case .int(let int):
            output += int.map(String.init) ?? "null"
        case .raw(let raw):
            output += raw
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, (key, item)) in fields.enumerated() {
                if index > 0 { output += "," }
                writeString(key)
                output += ":"
                write(item)
            }
            output += "}"
        }
    }

    private mutating func writeString(_ string: String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
