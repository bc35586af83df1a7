import Corpus

/// One screen line of an article: a range of code points into its text. A spacer line
/// (between paragraphs) is empty and sits at the offset of the newline it stands for.
public struct DocLine: Hashable, Sendable {
    // Stored in 32 bits (as search offsets are): a 5 MB article has 100,000 lines, and fresh memory
    // for them costs time in the frame that lays them out.
    private let storedStart: Int32
    private let storedEnd: Int32

    public var start: Int { Int(storedStart) }
    public var end: Int { Int(storedEnd) }

    public init(start: Int, end: Int) {
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }
}

/// An article's text wrapped to a width: non-blank source lines become paragraphs, one blank
/// line apart. Lines keep code-point offsets so that anything (quotes, matches, a reading
/// position) maps to a line by binary search.
///
/// Laid out on demand, from the top: opening a long article lays out its first screen, and lines
/// further on are added when something needs them (a motion, a jump, the bottom) or when the
/// reader is idle. Paragraphs wrap on their own, so a layout made in steps has the lines of one
/// made at once.
public struct DocumentLayout: Hashable, Sendable {
    public let width: Int
    /// The lines laid out so far, from the first.
    public private(set) var lines: [DocLine] = []
    private let text: ArticleText
    private let byteCount: Int
    /// The first byte and code point of the next source line to lay out.
    private var next = (byte: 0, codePoint: 0)

    /// The whole text laid out.
    public init(text: ArticleText, width: Int) {
        self.init(text: text, width: width, lines: .max)
    }

    /// At least the first `lines` lines laid out, and the first `atOnce` code points.
    public init(text: ArticleText, width: Int, lines: Int) {
        self.width = width
        self.text = text
        byteCount = text.string.utf8.count
        layOut { laidOut, codePoint in laidOut.count < lines || codePoint < DocumentLayout.atOnce }
    }

    /// Code points laid out however few lines are asked for: all of an article of ordinary length,
    /// in some microseconds, so that only a long one is laid out in steps.
    static let atOnce = 1 << 15

    /// Lines laid out so far; all of them once `isComplete`.
    public var count: Int { lines.count }

    /// Whether every line of the text is laid out.
    public var isComplete: Bool { next.byte > byteCount }

    /// How far into the text the lines laid out reach, in code points.
    public var laidOutOffset: Int { min(next.codePoint, text.count) }

    /// Lays out lines until there are at least `count`, or no more.
    public mutating func layOut(lines count: Int) {
        layOut { lines, _ in lines.count < count }
    }

    /// Lays out lines until the line showing `offset` is known: every line starting at or before it.
    public mutating func layOut(through offset: Int) {
        layOut { _, codePoint in codePoint <= offset }
    }

    /// Lays out the rest.
    public mutating func layOutAll() {
        layOut { _, _ in true }
    }

    /// Lays out `count` more code points of text, or the rest: idle work on a long article.
    public mutating func layOut(codePoints count: Int) {
        let end = next.codePoint + count
        layOut { _, codePoint in codePoint < end }
    }

    /// The line showing `offset`: the last line starting at or before it, among those laid out.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// Made from the text's own UTF-8, not its decoded code points: a paragraph of plain scalars only
    /// (`Glyph.isPlain`, most of any article) is checked and wrapped without decoding it, and one no
    /// wider than a line is not wrapped at all. Source lines are laid out while `more` says so, given
    /// the lines so far and the first code point of the next source line.
    private mutating func layOut(while more: ([DocLine], Int) -> Bool) {
        // Not a write to the lines when there is nothing to add: a view's copy shares them with the
        // state's, and the first write copies them.
        guard !isComplete, more(lines, next.codePoint) else { return }
        var storage = text.string
        let width = width
        var lines = self.lines
        self.lines = []
        var next = self.next
        storage.withUTF8 { bytes in
            // Room for about every line at once (untouched memory costs nothing), not copied as it grows.
            lines.reserveCapacity(bytes.count / max(1, width) + 16)
            while next.byte <= bytes.count, more(lines, next.codePoint) {
                let line = SourceLine(bytes, from: next.byte)
                let start = next.codePoint
                next = (line.end + 1, start + line.codePoints + 1)
                let content = UnsafeBufferPointer(rebasing: bytes[line.content])
                if line.isPlain {
                    guard !SourceLine.isBlank(plain: content) else { continue }
                    if !lines.isEmpty { lines.append(DocLine(start: start, end: start)) }
                    let shown = line.shownCodePoints
                    guard shown > width else {
                        lines.append(DocLine(start: start, end: start + shown))
                        continue
                    }
                    Wrapper.forEachLine(plain: content, width: width, firstNotASCII: line.firstNotASCII - line.content.lowerBound) { range in
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
        self.next = next
    }

    /// Equal when they lay out the same text at the same width, however far each has got.
    public static func == (a: DocumentLayout, b: DocumentLayout) -> Bool {
        a.width == b.width && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(text.count)
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
    /// Code points of `content`.
    var shownCodePoints: Int { codePoints - (end - content.upperBound) }
    /// Every code point of `content` is plain (`Glyph.isPlain`): one column, a cluster of its own.
    let isPlain: Bool
    /// The first byte of `content` that is not ASCII, or its end.
    let firstNotASCII: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var index = start
        var isPlain = true
        var continuations = 0
        var firstNotASCII = Int.max
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
                firstNotASCII = min(firstNotASCII, index)
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
        self.firstNotASCII = min(firstNotASCII, stripped)
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
