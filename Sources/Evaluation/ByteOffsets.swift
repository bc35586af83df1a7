/// Converts UTF-8 byte offsets into a text to code point offsets.
struct ByteOffsets {
    /// The byte offset at which each code point starts.
    private let starts: [Int]
    private let totalBytes: Int

    init(_ scalars: [Unicode.Scalar]) {
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count)
        var byte = 0
        for scalar in scalars {
            starts.append(byte)
            byte += UTF8.width(scalar)
        }
        self.starts = starts
        totalBytes = byte
    }

    /// The code point holding `byte`; an end inside a character includes that character.
    func codePoint(_ byte: Int, isEnd: Bool) -> Int {
        let offset = max(0, min(byte, totalBytes))
        if offset == totalBytes { return starts.count }
        // The last code point starting at or before the offset.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let index = low - 1
        return isEnd && starts[index] != offset ? index + 1 : index
    }
}
