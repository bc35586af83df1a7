/// Strings made from stretches of code points: written straight into the string when ASCII (short
/// words then fit the small-string form and allocate nothing), encoded in one buffer otherwise.
enum ScalarText {
    /// The code points as a string, lowercased as `String.lowercased()` does when asked.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String {
        if scalars.allSatisfy(\.isASCII) { return ascii(scalars, lowercased: lowercased) }
        let string = ArticleText.string(scalars)
        return lowercased ? string.lowercased() : string
    }

    /// The same for code points known to be ASCII.
    static func ascii(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (index, scalar) in zip(buffer.indices, scalars) {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[index] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return scalars.count
        }
    }
}
