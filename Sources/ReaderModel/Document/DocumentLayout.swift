import Corpus

/// One screen line of an article: a range of code points into its text. A spacer line
/// (between paragraphs) is empty and sits at the offset of the newline it stands for.
public struct DocLine: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// An article's text wrapped to a width: non-blank source lines become paragraphs, one blank
/// line apart. Lines keep code-point offsets so that anything (quotes, matches, a reading
/// position) maps to a line by binary search.
public struct DocumentLayout: Hashable, Sendable {
    public let width: Int
    public let lines: [DocLine]

    /// Made from the text's own UTF-8, not its decoded code points: a paragraph of plain scalars only
    /// (`Glyph.isPlain`, most of any article) is checked and wrapped without decoding it, so that
    /// opening a 5 MB article costs milliseconds, not tens of them.
    public init(text: ArticleText, width: Int) {
        self.width = width
        var lines: [DocLine] = []
        var storage = text.string
        storage.withUTF8 { bytes in
            lines.reserveCapacity(bytes.count / max(1, width) + 16)
            var next = (byte: 0, codePoint: 0)
            while next.byte <= bytes.count {
                let line = SourceLine(bytes, from: next.byte)
                let start = next.codePoint
                next = (line.end + 1, start + line.codePoints + 1)
                let content = UnsafeBufferPointer(rebasing: bytes[line.content])
                if line.isPlain {
                    guard !SourceLine.isBlank(plain: content) else { continue }
                    if !lines.isEmpty { lines.append(DocLine(start: start, end: start)) }
                    Wrapper.forEachLine(plain: content, width: width) { range in
                        lines.append(DocLine(start: start + range.lowerBound, end: start + range.upperBound))
                    }
                } else {
                    let string = String(decoding: content, as: UTF8.self)
                    guard string.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
                    if !lines.isEmpty { lines.append(DocLine(start: start, end: start)) }
                    for range in Wrapper.lineRanges(string, width: width) {
                        lines.append(DocLine(start: start + range.lowerBound, end: start + range.upperBound))
                    }
                }
            }
        }
        self.lines = lines
    }

    public var count: Int { lines.count }

    /// The line showing `offset`: the last line starting at or before it.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}

/// One line of an article's UTF-8, up to its newline: where it ends, what of it is shown (a "\r"
/// before the newline is not), how many code points it has and whether they are all plain.
struct SourceLine {
    /// The newline ending the line, or the end of the text.
    let end: Int
    let content: Range<Int>
    /// Code points up to `end`, "\r" included.
    let codePoints: Int
    /// Every code point of `content` is plain (`Glyph.isPlain`): one column, a cluster of its own.
    let isPlain: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var index = start
        var isPlain = true
        var continuations = 0
        let newline = UInt8(ascii: "\n")
        while true {
            // Printable ASCII, eight bytes at a time, straight to whatever else comes.
            while index + 8 <= bytes.count {
                let others = UTF8Run.notPrintable(UTF8Run.word(bytes, at: index))
                guard others == 0 else {
                    index += others.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == newline { break }
            if byte >= 0x20 && byte < 0x7F {
                index += 1
            } else if byte >= 0x80 {
                let length = UTF8Run.length(lead: byte)
                if isPlain { isPlain = Glyph.isPlain(UTF8Run.scalar(bytes, at: index)) }
                continuations += length - 1
                index += length
            } else {
                // A "\r" ending the line is not shown; any other control is not plain.
                let endsLine = byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] == newline)
                isPlain = isPlain && endsLine
                index += 1
            }
        }
        end = index
        let stripped = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
        content = start..<stripped
        codePoints = index - start - continuations
        self.isPlain = isPlain
    }

    /// Whether a plain line is only spaces: " " and no-break spaces (the only plain whitespace).
    static func isBlank(plain line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count {
            if line[index] == UInt8(ascii: " ") {
                index += 1
            } else if line[index] == 0xC2, index + 1 < line.count, line[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }
}
