/// An ASCII token lowercased in one pass: its string (short words fit the small-string form, so
/// nothing is allocated), its word lists looked up on the bytes as they are written, and its
/// possessive ending, where each byte is a character.
struct ASCIIWord {
    let lower: String
    let classes: WordClasses
    let possessiveLength: Int

    /// Nil when the token is not ASCII. Word lists are looked up only when `classified`.
    init?(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, classified: Bool) {
        guard scalars.allSatisfy(\.isASCII) else { return nil }
        var classes: WordClasses = []
        lower = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var hash = FNV1a.offsetBasis
            for (index, scalar) in zip(buffer.indices, scalars) {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                buffer[index] = lowered
                hash = FNV1a.step(hash, lowered)
            }
            if classified { classes = WordClasses.of(UnsafeBufferPointer(buffer), hash: hash) }
            return scalars.count
        }
        self.classes = classes
        possessiveLength = Self.possessiveLength(scalars)
    }

    private static func possessiveLength(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        guard scalars.count > 2 else { return 0 }
        let last = scalars[scalars.endIndex - 1], beforeLast = scalars[scalars.endIndex - 2]
        if beforeLast == "'" && (last == "s" || last == "S") { return 2 }
        if (beforeLast == "s" || beforeLast == "S") && last == "'" { return 1 }
        return 0
    }
}
