@testable import ReaderModel
import Testing

/// The screens of a remembering reader: unread markers, bookmarks, library search results.
struct MemoryGoldenTests {
    static let marks = ReadingMarks(read: [Memory.summit], bookmarks: BookmarkTests.bookmarks + [
        QuoteMark(doc: Memory.talks, quote: Fixtures.articles[0].quotes[2].id, speaker: "Volodymyr Zelensky",
                  text: "\"We will not trade our land for promises,\""),
    ])

    @Test func listWithUnreadArticles() throws {
        let (state, _) = Memory.state(80, 24, marks: Self.marks)
        try Golden.check(render(state), named: "memory-list-80x24")
    }

    @Test func bookmarksList() throws {
        let (state, _) = Memory.state(80, 24, marks: Self.marks, keys: [.char("B"), .char("j")])
        try Golden.check(render(state), named: "memory-bookmarks-80x24")
    }

    @Test func articleWithABookmarkedQuote() throws {
        let (state, _) = Memory.state(120, 40, marks: Self.marks, keys: [.enter])
        try Golden.check(render(state), named: "memory-article-120x40")
    }

    @Test func librarySearchResults() throws {
        var (state, _) = Memory.state(80, 24, marks: Self.marks)
        _ = state.apply(.librarySearchResults(query: "sanctions", hits: LibrarySearchTests.hits))
        try Golden.check(render(state), named: "memory-results-80x24")
    }
}
