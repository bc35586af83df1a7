/// One terminal column. A wide character occupies its cell and a following `continuation` cell.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, already sanitised (no control characters); "" for a continuation cell.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public var isContinuation: Bool { symbol.isEmpty }
    public static let blank = Cell()
    public static let continuation = Cell("")
}

/// A screen's worth of styled cells: what rendering produces and the terminal paints.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }
}
