import Corpus
import ReaderModel

/// Any text, any terminal size, any keys: the frame is a grid of exactly that size whose every cell
/// is one display column (a wide character's second column a continuation) and holds no control
/// character. Input layout: width, height, key count, keys (indices into `keys`), then the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRenderer(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    guard bytes.count >= 3 else { return 0 }
    let width = 1 + Int(bytes[0]) % 240
    let height = 1 + Int(bytes[1]) % 100
    let keyCount = min(Int(bytes[2]) % 16, bytes.count - 3)
    let text = String(decoding: bytes[(3 + keyCount)...], as: UTF8.self)
    let corpus = CorpusBuilder.build([SourceText(doc: "fuzz", path: "fuzz.txt", text: text)])
    var session = ReaderSession(corpus: corpus)
    _ = session.handle(.resize(width: width, height: height))
    for byte in bytes[3..<(3 + keyCount)] {
        _ = session.handle(.key(keys[Int(byte) % keys.count]))
    }
    if let problem = GridInvariants.violation(session.render(width: width, height: height), width: width, height: height) {
        fatalError("frame \(width)x\(height) broken: \(problem)")
    }
    return 0
}

/// Keys that move between the reader's screens and through an article.
private let keys: [Key] = [
    .enter, .escape, .tab, .backTab, .down, .up, .left, .right, .pageDown, .pageUp, .home, .end,
    .char("j"), .char("k"), .char("J"), .char("]"), .char("}"), .char("{"), .char("a"), .char("/"), .char("t"),
    .char("e"), .char("n"), .char("m"), .char("c"), .char("?"), .char("q"), .backspace, .ctrl("l"),
]
