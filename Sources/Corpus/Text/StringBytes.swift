/// Questions about a string's UTF-8 bytes, asked of one contiguous buffer: walking the `utf8` view
/// byte by byte costs several times more, and these are asked of every name, id and title.
extension String {
    public var isASCII: Bool {
        var string = self
        return string.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }

    /// Whether the two hold the same UTF-8 bytes (`==` also matches canonically equivalent forms).
    func hasSameUTF8(as other: String) -> Bool {
        var string = self, other = other
        return string.withUTF8 { bytes in other.withUTF8 { otherBytes in bytes.elementsEqual(otherBytes) } }
    }
}
