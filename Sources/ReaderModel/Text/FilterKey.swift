import Corpus

/// What the list filter looks in for one article (lowercased title, doc and byline), knowing from
/// the start whether a byte search finds in it what `contains` finds: the filter runs over every
/// article at each key typed.
struct FilterKey: Sendable {
    let text: String
    /// Every scalar stands alone: no combining sequence a match could split, nothing canonically
    /// equal to ASCII.
    private let isPlain: Bool

    init(_ text: String) {
        self.init(text, isPlain: text.isASCII || text.unicodeScalars.allSatisfy(FilterKey.standsAlone))
    }

    private init(_ text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }

    /// `FilterKey([title, doc, subtitle ?? ""].joined(separator: "\n").lowercased())`, made for less:
    /// keys for every article are made when the first key is typed. ASCII parts, the usual case, are
    /// lowered byte by byte from their UTF-8 buffers straight into the key.
    init(title: String, doc: String, subtitle: String?) {
        var isPlain = true
        // Other parts as `lowercased()` lowers them, a scalar at a time, but asking Unicode only about
        // the few scalars that are not ASCII (a name's accents); their ASCII is lowered with the rest below.
        func lowered(_ part: String) -> String {
            if part.isASCII { return part }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(part.utf8.count + 4)
            for scalar in part.unicodeScalars {
                guard !scalar.isASCII else {
                    bytes.append(UInt8(scalar.value))
                    continue
                }
                let lower = scalar.properties.lowercaseMapping
                isPlain = isPlain && lower.unicodeScalars.allSatisfy(FilterKey.standsAlone)
                bytes.append(contentsOf: lower.utf8)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var lines = (lowered(title), lowered(doc), lowered(subtitle ?? ""))
        let count = lines.0.utf8.count + lines.1.utf8.count + lines.2.utf8.count + 2
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            // Every ASCII capital is lowered here, in whichever kind of part.
            func append(_ line: inout String, then separator: UInt8?) {
                line.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[index] = byte &- 65 < 26 ? byte + 32 : byte
                        index += 1
                    }
                }
                if let separator {
                    buffer[index] = separator
                    index += 1
                }
            }
            append(&lines.0, then: UInt8(ascii: "\n"))
            append(&lines.1, then: UInt8(ascii: "\n"))
            append(&lines.2, then: nil)
            return index
        }
        self.init(text, isPlain: isPlain)
    }

    /// Whether `needle` occurs in the text, as `contains` decides: byte for byte when the needle is
    /// ASCII and the text plain, many times faster.
    func includes(_ needle: String) -> Bool {
        guard isPlain, needle.isASCII else { return text.contains(needle) }
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
