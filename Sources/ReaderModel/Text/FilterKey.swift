/// What the list filter looks in for one article (lowercased title, doc and byline), knowing from
/// the start whether a byte search finds in it what `contains` finds: the filter runs over every
/// article at each key typed.
struct FilterKey: Sendable {
    let text: String
    /// Every scalar stands alone: no combining sequence a match could split, nothing canonically
    /// equal to ASCII.
    private let isPlain: Bool

    init(_ text: String) {
        self.init(text, isPlain: text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy(FilterKey.standsAlone))
    }

    private init(_ text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }

    /// `FilterKey(parts.joined(separator: "\n").lowercased())`, made for less: keys for every article
    /// are made when the first key is typed. ASCII parts, the usual case, are lowered byte by byte, and
    /// every part is read through its UTF-8 buffer, many times faster than through its views.
    init(lines parts: [String]) {
        var isPlain = true
        let lines = parts.map { part in
            var part = part
            if part.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { return part }
            let lower = part.lowercased()
            isPlain = isPlain && lower.unicodeScalars.allSatisfy(FilterKey.standsAlone)
            return lower
        }
        let count = lines.reduce(max(0, lines.count - 1)) { $0 + $1.utf8.count }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for (number, var line) in lines.enumerated() {
                if number > 0 {
                    buffer[index] = UInt8(ascii: "\n")
                    index += 1
                }
                // Lowered lines have no ASCII capitals left, so one fold serves both kinds.
                line.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[index] = byte &- 65 < 26 ? byte + 32 : byte
                        index += 1
                    }
                }
            }
            return index
        }
        self.init(text, isPlain: isPlain)
    }

    /// Whether `needle` occurs in the text, as `contains` decides: byte for byte when the needle is
    /// ASCII and the text plain, many times faster.
    func includes(_ needle: String) -> Bool {
        guard isPlain, needle.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle in FilterKey.occurs(needle, in: haystack) }
        }
        return (found ?? nil) ?? text.contains(needle)
    }

    /// ASCII, or a plain scalar (`Glyph.isPlain`: no marks) other than U+037E, which is canonically `;`.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (Glyph.isPlain(scalar) && scalar != "\u{37E}")
    }

    /// Byte for byte; never for an empty needle, as `contains` finds no empty string.
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = needle.first, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == head {
            var index = 1
            while index < needle.count, haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }
}
