/// The distinct strings of one field of an article's quotes or claims, each stored once and named by a
/// 32-bit index: a quote or claim then costs a few bytes per field instead of sixteen.
struct StringTable: Sendable {
    private(set) var strings: [String] = []

    subscript(index: Int32) -> String { strings[Int(index)] }

    /// Builds a table, one string at a time.
    ///
    /// Strings are found by their bytes' hash (`FNV1a`) in an open-addressed table, and compared with
    /// a copy of their bytes: a fraction of the cost of `String`'s SipHash and of a second string's
    /// bytes, and the bytes are what must be equal.
    struct Builder {
        private var table = StringTable()
        /// Per string, its bytes' hash and where they start in `bytes`; `starts` ends with `bytes.count`.
        private var hashes: [UInt64] = []
        private var starts = [0]
        private var bytes: [UInt8] = []
        /// Per slot, a string's index + 1, 0 for an empty slot; a power of two, at most half full.
        /// Allocated at the first string: most articles' tables of other quote ids stay empty.
        private var slots: [Int32] = []

        /// Equal strings share an index only when their code points are the same: `String ==` would
        /// merge differently composed ones, and give back another form than the one stored.
        mutating func index(of string: String) -> Int32 {
            if slots.isEmpty { slots = [Int32](repeating: 0, count: 16) }
            var string = string
            let (found, hash, slot) = string.withUTF8 { find($0) }
            if let found { return found }
            string.withUTF8 { bytes += $0 }
            starts.append(bytes.count)
            hashes.append(hash)
            table.strings.append(string)
            slots[slot] = Int32(table.strings.count)
            if table.strings.count * 2 > slots.count { grow() }
            return Int32(table.strings.count - 1)
        }

        /// The index of the string of these bytes, else the empty slot where it goes; and their hash.
        private func find(_ string: UnsafeBufferPointer<UInt8>) -> (index: Int32?, hash: UInt64, slot: Int) {
            let hash = FNV1a.hash(string)
            let slot = slot(for: hash) { hashes[$0] == hash && hasBytes(string, at: $0) }
            return (slots[slot] == 0 ? nil : slots[slot] - 1, hash, slot)
        }

        /// The first slot from `hash`'s own whose string `isMatch`, else the empty slot that ends the run.
        private func slot(for hash: UInt64, where isMatch: (Int) -> Bool) -> Int {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0, !isMatch(Int(slots[slot]) - 1) { slot = (slot + 1) & (slots.count - 1) }
            return slot
        }

        private func hasBytes(_ string: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let start = starts[index]
            guard starts[index + 1] - start == string.count else { return false }
            return bytes.withUnsafeBufferPointer { bytes in string.indices.allSatisfy { bytes[start + $0] == string[$0] } }
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (index, hash) in hashes.enumerated() { slots[slot(for: hash) { _ in false }] = Int32(index + 1) }
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
