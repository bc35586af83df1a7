@testable import ReaderModel
import Testing

/// Whole screens at three sizes, compared cell for cell (text and style) against Goldens/.
struct GoldenTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static let scenarios: [(name: String, keys: [Key])] = [
        ("list", []),
        ("article-selected-speaker", [.enter, .backTab, .char("j")]),
        ("quote-after-jumps", [.enter, .char("]"), .char("]"), .char("]"), .char("}"), .char("}")]),
        ("compare", [.enter, .backTab, .char("m"), .char("j"), .char("m"), .char("c")]),
        ("search", [.enter, .char("/")] + Fixtures.keys("ceasefire")),
        ("help", [.char("?")]),
    ]

    @Test(arguments: scenarios.indices, sizes.indices)
    func screen(scenario: Int, size: Int) throws {
        let (width, height) = Self.sizes[size]
        let state = Fixtures.state(width, height, keys: Self.scenarios[scenario].keys)
        try Golden.check(render(state), named: "\(Self.scenarios[scenario].name)-\(width)x\(height)")
    }

    @Test(arguments: [(39, 9), (30, 3), (1, 1)])
    func tooSmall(width: Int, height: Int) throws {
        let state = Fixtures.state(width, height, keys: [.enter, .char("]")])
        try Golden.check(render(state), named: "too-small-\(width)x\(height)")
    }

    @Test func listFilterScreen() throws {
        let state = Fixtures.state(80, 24, keys: [.char("/")] + Fixtures.keys("geneva"))
        try Golden.check(render(state), named: "list-filter-80x24")
    }

    @Test func unicodeArticleScreen() throws {
        let state = Fixtures.state(80, 24, keys: [.char("G"), .enter])
        try Golden.check(render(state), named: "unicode-article-80x24")
    }

    @Test func asciiScreen() throws {
        let state = Fixtures.state(120, 40, options: ReaderOptions(ascii: true), keys: [.enter, .char("]")])
        try Golden.check(render(state), named: "ascii-article-120x40")
    }
}
