/// FNV-1a 64 of a text's UTF-8: cheap, and enough to notice that a file changed.
enum ContentHash {
    static func of(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // SQLite integers are signed; the bit pattern round-trips.
        return Int64(bitPattern: hash)
    }
}
