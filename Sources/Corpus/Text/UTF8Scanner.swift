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

    /// Decodes all of `bytes` into `scalars`, which has room for every code point; returns how many.
    /// Eight ASCII bytes at a time are widened without a test each: news text is mostly ASCII.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        guard let base = bytes.baseAddress, let out = scalars.baseAddress else { return 0 }
        var offset = 0
        var written = 0
        while offset < bytes.count {
            if bytes.count - offset >= 8 {
                let word = ByteWord.load(base, at: offset)
                let highBits = word & ByteWord.highBits
                if highBits == 0 {
                    for index in 0..<8 {
                        (out + written + index).initialize(to: Unicode.Scalar(UInt8(truncatingIfNeeded: word >> (8 * index))))
                    }
                    offset += 8
                    written += 8
                    continue
                }
                // The ASCII bytes before the first that is not (the word is read little-endian).
                for index in 0..<highBits.trailingZeroBitCount / 8 {
                    (out + written + index).initialize(to: Unicode.Scalar(base[offset + index]))
                }
                offset += highBits.trailingZeroBitCount / 8
                written += highBits.trailingZeroBitCount / 8
            }
            let lead = base[offset]
            (out + written).initialize(to: lead < 0x80 ? Unicode.Scalar(lead) : scalar(in: bytes, at: offset))
            offset += sequenceLength(lead)
            written += 1
        }
        return written
    }

    /// Number of code points: bytes that are not continuation bytes, counted eight at a time.
    static func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuations = 0
        var offset = 0
        while bytes.count - offset >= 8 {
            // Each byte of `marks` counts the continuation bytes in its place of up to 255 words.
            var marks: UInt64 = 0
            for _ in 0..<min(255, (bytes.count - offset) / 8) {
                marks &+= ByteWord.continuationMarks(ByteWord.load(base, at: offset))
                offset += 8
            }
            continuations += Int(truncatingIfNeeded: ByteWord.sumOfBytes(marks))
        }
        for byte in bytes[offset...] where isContinuation(byte) { continuations += 1 }
        return bytes.count - continuations
    }

    /// The byte where the code point `distance` code points after the one starting at byte `start`
    /// starts (`bytes.count` past the end). Thirty-two, then eight bytes are passed over at a time
    /// while the code point lies beyond them; in the last eight it is picked out of their lead bytes.
    static func offset(advancing distance: Int, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var byte = start
        // The wanted code point is the `remaining`-th to start from `byte` on.
        var remaining = distance
        while bytes.count - byte >= 32, remaining >= 32 {
            var marks = ByteWord.continuationMarks(ByteWord.load(base, at: byte))
            for word in 1..<4 { marks &+= ByteWord.continuationMarks(ByteWord.load(base, at: byte + 8 * word)) }
            let leads = 32 - Int(truncatingIfNeeded: ByteWord.sumOfBytes(marks))
            if leads > remaining { break }
            remaining -= leads
            byte += 32
        }
        while bytes.count - byte >= 8 {
            let word = ByteWord.load(base, at: byte)
            let leads = ByteWord.leadCount(word)
            if leads > remaining {
                // Drop the lowest `remaining` lead marks; the next one is the code point's.
                var leadMarks = ~ByteWord.continuationMarks(word) & ByteWord.lowBits
                for _ in 0..<remaining { leadMarks &= leadMarks - 1 }
                return byte + leadMarks.trailingZeroBitCount / 8
            }
            remaining -= leads
            byte += 8
        }
        while byte < bytes.count {
            if !isContinuation(base[byte]) {
                if remaining == 0 { return byte }
                remaining -= 1
            }
            byte += 1
        }
        return byte
    }

    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}

/// Eight bytes read as one integer, to ask about all of them at once.
enum ByteWord {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The low bit of every byte.
    static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes from `offset`, the first in the low byte.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// How many of the eight bytes start a code point (are not 0b10xxxxxx).
    @inline(__always)
    static func leadCount(_ word: UInt64) -> Int {
        8 - Int(truncatingIfNeeded: sumOfBytes(continuationMarks(word)))
    }

    /// 1 in each byte that continues a code point (bit 7 set, bit 6 clear), 0 in the others.
    @inline(__always)
    static func continuationMarks(_ word: UInt64) -> UInt64 {
        ((word & ~(word << 1)) >> 7) & lowBits
    }

    /// The sum of the eight bytes, which must not exceed 255: one multiply gathers it in the top byte.
    @inline(__always)
    static func sumOfBytes(_ word: UInt64) -> UInt64 {
        // Wider sums are added two bytes at a time first.
        let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
        return (pairs &* 0x0001_0001_0001_0001) >> 48
    }
}
