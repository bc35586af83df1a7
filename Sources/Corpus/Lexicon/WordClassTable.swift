/// The word lists as an open-addressed table over the words' UTF-8 bytes: the tokenizer hashes a
/// word while it writes it, so finding its lists costs no `String` hashing (SipHash over a fresh
/// hasher), which was the larger part of making a token.
struct WordClassTable: Sendable {
    /// Entry index + 1 per slot, 0 for an empty slot.
    private let slots: [Int32]
    /// The words' bytes one after another; word `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    private let values: [UInt32]
    private let mask: Int

    // FNV-1a: one multiply per byte, well spread for short words.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { bytes.reduce(emptyHash, hash) }

    init(_ entries: [String: UInt32]) {
        var capacity = 1
        while capacity < entries.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Int32](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        var offsets = [0]
        var values: [UInt32] = []
        for (word, value) in entries {
            let utf8 = Array(word.utf8)
            var slot = utf8.withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash($0)) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            bytes += utf8
            offsets.append(bytes.count)
            values.append(value)
            slots[slot] = Int32(values.count)
        }
        self.slots = slots
        self.bytes = bytes
        self.offsets = offsets
        self.values = values
    }

    /// The value of the word whose bytes are `word` and whose `hash` is `Self.hash(word)`; 0 when absent.
    func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            guard entry >= 0 else { return 0 }
            if matches(entry, word) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[entry]
        guard offsets[entry + 1] - start == word.count else { return false }
        for index in word.indices where bytes[start + index] != word[index] { return false }
        return true
    }
}
