import Corpus

/// FNV-1a 64 of a file's bytes: cheap, and enough to notice that a file changed without decoding it.
enum ContentHash {
    static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int64 {
        // SQLite integers are signed; the bit pattern round-trips.
        Int64(bitPattern: FNV1a.hash(bytes))
    }
}
