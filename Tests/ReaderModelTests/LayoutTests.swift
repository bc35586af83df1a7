@testable import ReaderModel
import Testing

struct LayoutTests {
    @Test func wideTerminalsGetThreeColumns() {
        let panes = Layout.article(size: Size(width: 150, height: 40), focus: .document)
        #expect(panes.mode == .threeColumns)
        #expect(panes.actors == Rect(x: 0, y: 0, width: 24, height: 39))
        #expect(panes.claims == Rect(x: 114, y: 0, width: 36, height: 39))
        #expect(panes.document == Rect(x: 24, y: 0, width: 90, height: 39))
        #expect(panes.visible == [.actors, .document, .claims])
    }

    @Test func mediumTerminalsPutClaimsUnderTheDocument() {
        let panes = Layout.article(size: Size(width: 100, height: 31), focus: .claims)
        #expect(panes.mode == .sidebarAndStack)
        #expect(panes.document == Rect(x: 24, y: 0, width: 76, height: 20))
        #expect(panes.claims == Rect(x: 24, y: 20, width: 76, height: 10))
    }

    @Test func narrowTerminalsShowOnlyTheFocusedPane() {
        let panes = Layout.article(size: Size(width: 79, height: 24), focus: .claims)
        #expect(panes.mode == .single)
        #expect(panes.visible == [.claims])
        #expect(panes.claims == Rect(x: 0, y: 0, width: 79, height: 23))
    }

    @Test(arguments: [(40, 10, false), (39, 10, true), (40, 9, true), (1, 1, true), (0, 0, true)])
    func tooSmallBelowFortyByTen(width: Int, height: Int, tooSmall: Bool) {
        #expect(Layout.isTooSmall(Size(width: width, height: height)) == tooSmall)
    }

    @Test func renderingNeverFailsAtAnySize() {
        for width in [0, 1, 2, 10, 39, 40, 41, 79, 80, 119, 120] {
            for height in [0, 1, 2, 9, 10, 11, 24] {
                let state = Fixtures.state(width, height, keys: [.enter, .char("]"), .char("?")])
                let grid = render(state)
                #expect(grid.width == width && grid.height == height)
            }
        }
    }

    @Test func tabCyclesPanesInANarrowTerminal() {
        let state = Fixtures.state(60, 20, keys: [.enter, .tab])
        #expect(state.article?.focus == .claims)
        #expect(render(state).text(row: 0).contains(" Claims "))
    }

    @Test func documentWrapsToTheMaximumWidth() {
        let state = Fixtures.state(200, 40, options: ReaderOptions(maxTextWidth: 50), keys: [.enter])
        #expect(state.article?.layout.width == 50)
    }
}
