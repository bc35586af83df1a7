/// Walking article text as its own UTF-8, eight bytes at a time where it is printable ASCII, the most
/// of any news text: a long article is wrapped and folded without decoding it into code points.
enum UTF8Run {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes from `index`, the first in the lowest byte.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `word` that is not printable ASCII (below 0x20, 0x7F, or not ASCII).
    static func notPrintable(_ word: UInt64) -> UInt64 {
        let low = word & lowBits
        let belowSpace = ~(low &+ 0x6060_6060_6060_6060)
        let delete = low &+ 0x0101_0101_0101_0101
        return (word | belowSpace | delete) & highBits
    }

    /// The high bit of each byte of `word` equal to `byte` (`pattern` is `byte` in every byte).
    static func equal(_ word: UInt64, pattern: UInt64) -> UInt64 {
        let difference = word ^ pattern
        return ~(((difference & lowBits) &+ lowBits) | difference | lowBits)
    }

    /// Code points starting in `word`: every byte but continuation bytes (0b10xxxxxx).
    static func starts(in word: UInt64) -> Int {
        8 - flagged(word & ~(word << 1) & highBits)
    }

    /// Bytes whose high bit is set in `flags` (only high bits set): summed by one multiplication, as
    /// no population count instruction is assumed.
    static func flagged(_ flags: UInt64) -> Int {
        Int(((flags >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Bytes of the code point whose first byte is `lead`.
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The code point starting at `index`, by the standard library's decoder: asked only of the few
    /// bytes that are not ASCII.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        var input = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&input) else { return "\u{FFFD}" }
        return scalar
    }

    /// The first byte from `index` that is not ASCII, or the end.
    static func firstNotASCII(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index + 8 <= bytes.count {
            let high = word(bytes, at: index) & highBits
            if high != 0 { return index + high.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// Code points in `range` (which starts at a code point).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            count += starts(in: word(bytes, at: index))
            index += 8
        }
        while index < range.upperBound {
            if !isContinuation(bytes[index]) { count += 1 }
            index += 1
        }
        return count
    }

    /// Where the code point `distance` code points after the one at `index` starts, if it is before `end`.
    static func index(_ bytes: UnsafeBufferPointer<UInt8>, _ distance: Int, after index: Int, end: Int) -> Int? {
        var index = index
        var remaining = distance
        // Whole words while the one sought is past them; a code point split by a word's end is stepped over.
        while index + 8 <= end {
            let starting = starts(in: word(bytes, at: index))
            guard starting < remaining else { break }
            remaining -= starting
            index += 8
            while index < end, isContinuation(bytes[index]) { index += 1 }
        }
        while remaining > 0, index < end {
            index += length(lead: bytes[index])
            remaining -= 1
        }
        return remaining == 0 && index < end ? index : nil
    }
}
