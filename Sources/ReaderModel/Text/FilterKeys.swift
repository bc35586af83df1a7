import Corpus

/// What the list filter looks in, for every article: title, doc and byline joined by newlines and
/// lowercased, `[title, doc, subtitle ?? ""].joined(separator: "\n").lowercased()`. All the keys
/// are one buffer of UTF-8, made in one go when the first letter is typed (a string a key cost that
/// first letter 6 ms over 10,000 articles), and each knows from the start whether a byte search
/// finds in it what `contains` finds: the filter runs over every article at each key typed.
struct FilterKeys: Sendable {
    private let bytes: [UInt8]
    /// Where each key ends in `bytes`; it starts where the one before ends.
    private let ends: [Int]
    /// Per article: every scalar of its key stands alone, no combining sequence a match could split,
    /// nothing canonically equal to ASCII; else `contains` decides.
    private let isPlain: [Bool]

    init(_ summaries: [ArticleSummary]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(summaries.count * 96)
        var ends: [Int] = []
        ends.reserveCapacity(summaries.count)
        var plainness: [Bool] = []
        plainness.reserveCapacity(summaries.count)
        // By index: a copy of each summary (four strings retained and released) cost more than its key.
        for article in summaries.indices {
            let start = bytes.count
            FilterKeys.append(summaries[article].title, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            FilterKeys.append(summaries[article].doc, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            FilterKeys.append(summaries[article].subtitle ?? "", to: &bytes)
            // ASCII, the usual case, is copied as it is and lowered below with the rest; a key with
            // any other byte is made again, a scalar at a time.
            var isPlain = true
            if bytes[start...].reduce(0, |) >= 0x80 {
                bytes.removeSubrange(start...)
                FilterKeys.appendLowered(summaries[article].title, to: &bytes, isPlain: &isPlain)
                bytes.append(UInt8(ascii: "\n"))
                FilterKeys.appendLowered(summaries[article].doc, to: &bytes, isPlain: &isPlain)
                bytes.append(UInt8(ascii: "\n"))
                FilterKeys.appendLowered(summaries[article].subtitle ?? "", to: &bytes, isPlain: &isPlain)
            }
            ends.append(bytes.count)
            plainness.append(isPlain)
        }
        // Every ASCII capital is lowered here, whichever kind of key it is in: no other byte of UTF-8
        // falls in that range, and lowercase mappings make no ASCII capitals.
        for index in bytes.indices where bytes[index] &- 65 < 26 { bytes[index] += 32 }
        self.bytes = bytes
        self.ends = ends
        isPlain = plainness
    }

    /// The key of `article`, as a string.
    func text(of article: Int) -> String {
        String(decoding: bytes[range(of: article)], as: UTF8.self)
    }

    /// Those of `articles` whose key includes `needle`, as `contains` decides: byte for byte when the
    /// needle is ASCII and the key plain, many times faster.
    func filter(_ articles: [Int], including needle: String) -> [Int] {
        guard needle.isASCII else { return articles.filter { text(of: $0).contains(needle) } }
        var needleBytes = needle
        return needleBytes.withUTF8 { needleBytes in
            bytes.withUnsafeBufferPointer { bytes in
                articles.filter { article in
                    guard isPlain[article] else { return text(of: article).contains(needle) }
                    return FilterKeys.occurs(needleBytes, in: UnsafeBufferPointer(rebasing: bytes[range(of: article)]))
                }
            }
        }
    }

    private func range(of article: Int) -> Range<Int> {
        (article == 0 ? 0 : ends[article - 1])..<ends[article]
    }

    private static func append(_ part: String, to bytes: inout [UInt8]) {
        if part.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: part.utf8)
        }
    }

    /// A part as `lowercased()` lowers it, a scalar at a time, asking Unicode only about the scalars
    /// that are not ASCII (a name's accents); its ASCII is lowered with the rest of the buffer.
    private static func appendLowered(_ part: String, to bytes: inout [UInt8], isPlain: inout Bool) {
        for scalar in part.unicodeScalars {
            guard !scalar.isASCII else {
                bytes.append(UInt8(scalar.value))
                continue
            }
            let lower = scalar.properties.lowercaseMapping
            isPlain = isPlain && lower.unicodeScalars.allSatisfy(FilterKeys.standsAlone)
            bytes.append(contentsOf: lower.utf8)
        }
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
