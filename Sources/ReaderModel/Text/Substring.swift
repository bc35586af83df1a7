extension String {
    /// Whether `needle` occurs in this string, as `contains` decides. When the needle is ASCII and
    /// every scalar here stands alone (no combining sequence a match could split, nothing
    /// canonically equal to ASCII), that is a byte search: many times faster, and the list
    /// filter runs it over every title.
    func includes(_ needle: String) -> Bool {
        guard needle.utf8.allSatisfy({ $0 < 0x80 }), unicodeScalars.allSatisfy(String.standsAlone) else {
            return contains(needle)
        }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle in String.occurs(needle, in: haystack) }
        }
        return (found ?? nil) ?? contains(needle)
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
