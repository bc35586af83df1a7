/// The distinct strings of one field of an article's quotes or claims, each stored once and named by a
/// 32-bit index: a quote or claim then costs a few bytes per field instead of sixteen.
struct StringTable: Sendable {
    private(set) var strings: [String] = []

    subscript(index: Int32) -> String { strings[Int(index)] }

    /// Builds a table, one string at a time.
    struct Builder {
        private var table = StringTable()
        private var indices: [String: Int32] = [:]

        /// Equal strings share an index only when their code points are the same: `String ==` would
        /// merge differently composed ones, and give back another form than the one stored.
        mutating func index(of string: String) -> Int32 {
            if let index = indices[string], table.strings[Int(index)].hasSameUTF8(as: string) { return index }
            table.strings.append(string)
            let index = Int32(table.strings.count - 1)
            indices[string] = indices[string] ?? index
            return index
        }

        func build() -> StringTable {
            var table = table
            table.strings = table.strings.withoutSpareCapacity()
            return table
        }
    }

    /// Each string replaced by its new name, where it has one.
    mutating func rename(_ names: [String: String]) {
        for index in strings.indices {
            if let name = names[strings[index]] { strings[index] = name }
        }
    }
}
