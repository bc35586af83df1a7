/// Names and roles split into words as `split(separator: " ")` splits them, by bytes when the text is
/// ASCII: there every byte is a character, and no grapheme breaks need finding.
extension String {
    /// The words between spaces.
    var spaceSeparatedWords: [Substring] {
        isASCII ? utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) } : split(separator: " ")
    }

    /// The last word between spaces and the one before it: a person's surname and given name.
    var lastTwoWords: (last: Substring?, previous: Substring?) {
        guard isASCII else {
            let words = split(separator: " ")
            return (words.last, words.count >= 2 ? words[words.count - 2] : nil)
        }
        var string = self
        let (last, previous) = string.withUTF8 { bytes -> (Range<Int>?, Range<Int>?) in
            var end = bytes.count
            func wordBeforeEnd() -> Range<Int>? {
                while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                guard end > 0 else { return nil }
                var start = end
                while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
                defer { end = start }
                return start..<end
            }
            let last = wordBeforeEnd()
            return (last, last == nil ? nil : wordBeforeEnd())
        }
        return (last.map(asciiSubstring), previous.map(asciiSubstring))
    }

    private func asciiSubstring(_ bytes: Range<Int>) -> Substring {
        self[utf8.index(startIndex, offsetBy: bytes.lowerBound)..<utf8.index(startIndex, offsetBy: bytes.upperBound)]
    }
}
