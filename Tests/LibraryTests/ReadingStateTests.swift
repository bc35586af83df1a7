import Foundation
@testable import Library
import Testing

@Test func positionAndReadFlagAreRememberedAcrossOpenings() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    #expect(try store.readingState(doc: "moscow") == nil)
    let before = Date()
    try store.savePosition(doc: "moscow", position: 120)
    try store.setRead(doc: "kyiv")
    let reopened = try scratch.open()
    let moscow = try #require(try reopened.readingState(doc: "moscow"))
    #expect((moscow.position, moscow.read) == (120, false))
    #expect(moscow.updated.timeIntervalSince(before) > -1)
    try reopened.setRead(doc: "moscow")
    try reopened.savePosition(doc: "moscow", position: 300)
    #expect(try reopened.readingState(doc: "moscow").map { ($0.position, $0.read) } ?? (0, false) == (300, true))
    #expect(try reopened.readingState(doc: "kyiv").map { ($0.position, $0.read) } ?? (-1, false) == (0, true))
    try reopened.setRead(doc: "kyiv", false)
    #expect(try reopened.readingState(doc: "kyiv")?.read == false)
}

@Test func aBookmarkKeepsTheQuoteAsItWas() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    try store.bookmark(doc: "moscow", quote: "q1")
    try store.bookmark(doc: "moscow", quote: "q1")
    let bookmark = try #require(try store.bookmarks().first)
    #expect(try store.bookmarks().count == 1)
    let quote = try #require(Newsroom.moscow.quote(id: "q1"))
    #expect((bookmark.doc, bookmark.quote, bookmark.start, bookmark.end) == ("moscow", "q1", quote.span.start, quote.span.end))
    #expect(bookmark.speaker == "Sergey Lavrov")
    #expect(bookmark.text == "We reject any ceasefire that freezes the front line.")
    // Re-extracting the article leaves the bookmark as it was.
    try store.add(Newsroom.moscow)
    #expect(try store.bookmarks() == [bookmark])
}

@Test func bookmarksAreListedOldestFirstAndCanBeRemoved() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    try store.bookmark(doc: "kyiv", quote: "q2")
    try store.bookmark(doc: "moscow", quote: "q2")
    try store.bookmark(doc: "elsewhere", quote: "q7")
    #expect(try store.bookmarks().map { "\($0.doc)/\($0.quote)" } == ["kyiv/q2", "moscow/q2", "elsewhere/q7"])
    let unknown = try #require(try store.bookmarks().last)
    #expect(unknown.start == nil && unknown.text == nil)
    try store.removeBookmark(doc: "moscow", quote: "q2")
    #expect(try store.bookmarks().map(\.doc) == ["kyiv", "elsewhere"])
}
