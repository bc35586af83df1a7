/// FNV-1a, 64 bits: one multiply per byte, well spread for short words and cheap over whole files, and
/// the same in every run (`Hasher` is seeded per process). Word lists, name tables and the library's
/// content hashes all use it.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with one more byte.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inlinable
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 { bytes.reduce(offsetBasis, step) }
}
