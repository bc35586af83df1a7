/// Decodes valid UTF-8 (Swift strings always are) without the checks a general decoder needs.
enum UTF8Scanner {
    /// Bytes in the sequence that starts with `lead`.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar whose sequence starts at `offset`.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        switch sequenceLength(bytes[offset]) {
        case 1: value = lead
        case 2: value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        case 3: value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                | UInt32(bytes[offset + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Unicode.Scalar) -> Void) {
        var offset = start
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                body(Unicode.Scalar(lead))
                offset += 1
            } else {
                body(scalar(in: bytes, at: offset))
                offset += sequenceLength(lead)
            }
        }
    }
}
