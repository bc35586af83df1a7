extension String {
    /// `lowercased()`, which maps each code point on its own, without looking each one up in the
    /// Unicode data when every code point but the ASCII capitals lowercases to itself (news text with
    /// curly quotes, dashes and small accented letters): the bytes are copied, the capitals lowered.
    func lowercasedByBytes() -> String {
        var text = self
        let copied: String? = text.withUTF8 { bytes in
            guard Self.lowercasesByBytes(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = ASCIICase.lower(byte) }
                return bytes.count
            }
        }
        return copied ?? lowercased()
    }

    private static func lowercasesByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead >= 0x80, !ScalarProperties.of(UTF8Scanner.scalar(in: bytes, at: offset)).contains(.ownLowercase) {
                return false
            }
            offset += UTF8Scanner.sequenceLength(lead)
        }
        return true
    }
}
