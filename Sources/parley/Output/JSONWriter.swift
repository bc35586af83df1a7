/// Writes JSON with keys in the order given, so output is stable and diffable.
struct JSONWriter {
    private(set) var output = ""
    /// Pretty output puts each member on its own line, indented two spaces a level.
    private var pretty = false
    private var depth = 0

    enum Value {
        case string(String?)
        case int(Int?)
        case object([(String, Value)])
        case array([Value])
        case raw(String)
    }

    static func encode(_ value: Value, pretty: Bool = false) -> String {
        var writer = JSONWriter()
        writer.pretty = pretty
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
            writeMembers(items, open: "[", close: "]") { $0.write($1) }
        case .object(let fields):
            writeMembers(fields, open: "{", close: "}") { writer, field in
                writer.writeString(field.0)
                writer.output += writer.pretty ? ": " : ":"
                writer.write(field.1)
            }
        }
    }

    private mutating func writeMembers<Member>(_ members: [Member], open: String, close: String,
                                               _ writeMember: (inout JSONWriter, Member) -> Void) {
        output += open
        guard !members.isEmpty else { return output += close }
        depth += 1
        for (index, member) in members.enumerated() {
            if index > 0 { output += "," }
            newline()
            writeMember(&self, member)
        }
        depth -= 1
        newline()
        output += close
    }

    private mutating func newline() {
        if pretty { output += "\n" + String(repeating: "  ", count: depth) }
    }

    private mutating func writeString(_ string: String) {
        output += "\""
        // Most strings need no escaping: copy them whole.
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 != 0xC2 }) {
            output += string
            output += "\""
            return
        }
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
