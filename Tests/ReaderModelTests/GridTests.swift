import ReaderModel
import Testing

@Test func gridHasTheRequestedSize() {
    let grid = Grid(width: 7, height: 3)
    #expect(grid.cells.count == 21)
    #expect(grid.row(2).count == 7)
}
