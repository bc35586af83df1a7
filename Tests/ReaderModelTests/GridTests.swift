import ReaderModel
import Testing

@Test func gridHasTheRequestedSize() {
    let grid = Grid(width: 7, height: 3)
    #expect(grid.cells.count == 21)
    #expect(grid.row(2).count == 7)
}

/// Half a wide character left behind would be drawn by the terminal across whatever covers the other half.
@Test func overwritingHalfAWideCharacterBlanksItsOtherHalf() {
    var grid = Grid(width: 10, height: 1)
    grid.draw("港口港口", x: 0, y: 0, style: .plain)
    grid.draw("|", x: 1, y: 0, style: .plain)
    grid.draw("|", x: 4, y: 0, style: .plain)
    grid.fill(Rect(x: 7, y: 0, width: 1, height: 1), style: .plain)
    #expect(grid.text(row: 0) == " |口|     ")
    #expect(grid[3, 0].isContinuation && !grid[5, 0].isContinuation && !grid[6, 0].isContinuation)
}
