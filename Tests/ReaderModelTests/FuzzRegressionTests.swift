import Corpus
import ReaderModel
import Testing

/// Inputs with which the renderer fuzz target (Fuzz/Targets/Renderer) broke a frame, kept as they were
/// found so that they stay fixed.
@Suite struct FuzzRegressionTests {
    /// The help popup drawn over CJK text cut a wide character in two at its left edge.
    @Test func helpOverWideCharactersLeavesNoHalfCharacter() {
        let bytes: [UInt8] = [
            72, 97, 142, 157, 99, 29, 4, 0, 19, 0, 20, 194, 171, 79, 117, 105, 194, 187, 44, 32, 97, 32, 100, 105, 116, 32, 77, 97,
            114, 105, 101, 32, 67, 117, 114, 105, 101, 46, 10, 226, 128, 158, 74, 97, 226, 128, 156, 44, 32, 115, 97, 103, 116, 101,
            32, 86, 97, 115, 107, 46, 32, 226, 128, 154, 78, 101, 105, 110, 226, 128, 152, 10, 227, 128, 140, 227, 129, 175, 227, 41,
            144, 138, 141, 223, 228, 171, 14, 0, 0, 0, 0, 0, 0, 59, 19, 132, 227, 128, 141, 227, 129, 168, 230, 157, 142, 230, 152, 2,
            164, 51, 142, 227, 129, 175, 232, 168, 128, 227, 129, 163, 227, 49, 129, 159, 130, 44, 32, 109, 115,
        ]
        let text = String(decoding: bytes, as: UTF8.self)
        var session = ReaderSession(corpus: CorpusBuilder.build([SourceText(doc: "fuzz", path: "fuzz.txt", text: text)]))
        _ = session.handle(.resize(width: 188, height: 20))
        _ = session.handle(.key(.enter))
        _ = session.handle(.key(.char("?")))
        let grid = session.render(width: 188, height: 20)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let wide = !grid[x, y].isContinuation && DisplayWidth.of(grid[x, y].symbol) == 2
                let continued = x + 1 < grid.width && grid[x + 1, y].isContinuation
                #expect(wide == continued, "cell \(x),\(y): \(grid[x, y].symbol)")
            }
        }
    }
}
