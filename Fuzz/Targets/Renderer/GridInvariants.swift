import ReaderModel

/// What every frame must be, so that painting it can never misalign a pane or drive the terminal.
enum GridInvariants {
    static func violation(_ grid: Grid, width: Int, height: Int) -> String? {
        guard grid.width == width, grid.height == height, grid.cells.count == width * height else {
            return "grid is \(grid.width)x\(grid.height) with \(grid.cells.count) cells"
        }
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = grid[x, y]
                if cell.isContinuation { return "continuation cell at \(x),\(y) after no wide character" }
                if cell.symbol.unicodeScalars.contains(where: isControl) { return "control character in cell \(x),\(y)" }
                if cell.symbol.count != 1 { return "cell \(x),\(y) holds \(cell.symbol.count) characters" }
                switch DisplayWidth.of(cell.symbol) {
                case 1: x += 1
                case 2:
                    guard x + 1 < width, grid[x + 1, y].isContinuation else { return "wide character at \(x),\(y) without its continuation" }
                    x += 2
                case let columns: return "cell \(x),\(y) is \(columns) columns wide"
                }
            }
        }
        return nil
    }

    /// C0, DEL, C1 and the bidi controls that would reorder what follows them on screen.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
