import CNcursesw
import ReaderModel

/// Paints grids onto the curses screen, touching only the cells that changed since the last one.
struct Painter {
    let theme: Theme
    var pairs: ColorPairs
    private var previous: Grid?
    private var looks: [Style: (attr_t, Int16)] = [:]

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        pairs = ColorPairs(depth: depth)
    }

    mutating func paint(_ grid: Grid, full: Bool) {
        let screen = parley_stdscr()
        if full || previous?.width != grid.width || previous?.height != grid.height {
            previous = nil
            clearok(screen, true)
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell { continue }
                // A continuation is covered by the wide character before it; paint it only when
                // that character did not change (so nothing else will cover it).
                if cell.isContinuation, x > 0, previous?[x - 1, y] != grid[x - 1, y] { continue }
                put(cell.isContinuation ? Cell(" ", style: cell.style) : cell, x: x, y: y)
            }
        }
        previous = grid
        wnoutrefresh(screen)
        doupdate()
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = look(cell.style)
        var character = cchar_t()
        var wide = cell.symbol.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) } + [0]
        if setcchar(&character, &wide, attributes, pair, nil) == ERR {
            wide = [wchar_t(bitPattern: cell.symbol.unicodeScalars.first?.value ?? 32), 0]
            _ = setcchar(&character, &wide, attributes, pair, nil)
        }
        mvwadd_wch(parley_stdscr(), Int32(y), Int32(x), &character)
    }

    private mutating func look(_ style: Style) -> (attr_t, Int16) {
        if let known = looks[style] { return known }
        let look = theme.look(for: style)
        let result = (look.attributes.curses, Int16(pairs.pair(for: look)))
        looks[style] = result
        return result
    }
}
