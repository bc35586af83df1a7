/// The word lists as an open-addressed table over the words' UTF-8 bytes: the tokenizer hashes a
/// word while it writes it, so finding its lists costs no `String` hashing (SipHash over a fresh
/// hasher), which was the larger part of making a token.
///
/// Most words are in no list, and a lookup that misses the cache costs more than the rest of making
/// the token: a 2 KB filter of the words' hashes, which stays cached, turns most of them away, and a
/// word that passes reads one packed record rather than one entry in each of several arrays.
struct WordClassTable: Sendable {
    /// One bit per value of the hash's top bits, set when a word has that value.
    private let filter: [UInt64]
    /// Entry index + 1 per slot, 0 for an empty slot.
    private let slots: [UInt32]
    /// Per entry: where its bytes start in `bytes` (low 24 bits), their count (next 8), its value (top 32).
    private let records: [UInt64]
    /// The words' bytes one after another.
    private let bytes: [UInt8]
    private let mask: Int

    private static let filterBits = 14

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - filterBits)) }

    init(_ entries: [String: UInt32]) {
        var capacity = 1
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var filter = [UInt64](repeating: 0, count: (1 << Self.filterBits) / 64)
        var slots = [UInt32](repeating: 0, count: capacity)
        var records: [UInt64] = []
        var bytes: [UInt8] = []
        for (word, value) in entries {
            let utf8 = Array(word.utf8)
            precondition(utf8.count < 1 << 8 && bytes.count + utf8.count < 1 << 24, "word lists outgrow the record layout")
            let hash = FNV1a.hash(utf8)
            filter[Self.filterBit(hash) >> 6] |= 1 << UInt64(Self.filterBit(hash) & 63)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            records.append(UInt64(bytes.count) | UInt64(utf8.count) << 24 | UInt64(value) << 32)
            bytes += utf8
            slots[slot] = UInt32(records.count)
        }
        self.filter = filter
        self.slots = slots
        self.records = records
        self.bytes = bytes
    }

    /// The value of the word whose bytes are `word` and whose `hash` is `FNV1a.hash(word)`; 0 when absent.
    func value(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        let bit = Self.filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            guard entry >= 0 else { return 0 }
            let record = records[entry]
            if matches(record, word) { return UInt32(truncatingIfNeeded: record >> 32) }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ record: UInt64, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(truncatingIfNeeded: record >> 24) & 0xFF == word.count else { return false }
        let start = Int(truncatingIfNeeded: record) & 0xFF_FFFF
        for index in word.indices where bytes[start + index] != word[index] { return false }
        return true
    }
}
