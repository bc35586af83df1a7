/// FNV-1a 64 of a file's bytes: cheap, and enough to notice that a file changed without decoding it.
enum ContentHash {
    static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // SQLite integers are signed; the bit pattern round-trips.
        return Int64(bitPattern: hash)
    }
}
