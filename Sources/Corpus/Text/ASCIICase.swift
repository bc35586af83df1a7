/// Case of ASCII bytes, for text read as bytes: each ASCII letter is a byte, and `String.lowercased()`
/// of an ASCII string changes A-Z alone.
enum ASCIICase {
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// A-Z.
    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
}
