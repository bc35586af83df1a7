import Corpus
import Foundation
import GRDB
@testable import Library
import Testing

/// What the reader reads back at start-up, on a real SQLite file.
struct ResumeTests {
    @Test func theLastPlaceIsOneRowThatEachQuitReplaces() throws {
        let scratch = try Scratch()
        let store = try scratch.open()
        #expect(try store.resumeState() == nil)
        try store.saveResume(doc: "moscow", inArticle: true)
        try store.saveResume(doc: "kyiv", inArticle: false)
        let resume = try #require(try store.resumeState())
        #expect(resume.doc == "kyiv")
        #expect(!resume.inArticle)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM resume") } == 1)
        // Another process opening the same file sees it.
        #expect(try scratch.open().resumeState()?.doc == "kyiv")
    }

    @Test func everyPositionAndReadArticleComesBackByDoc() throws {
        let store = try Scratch().open()
        #expect(try store.readingPositions().positions.isEmpty)
        try store.savePosition(doc: "moscow", position: 812)
        try store.setRead(doc: "moscow")
        try store.setRead(doc: "kyiv")
        try store.setRead(doc: "kyiv", false)
        try store.setRead(doc: "odesa")
        let states = try store.readingPositions()
        #expect(states.positions == ["moscow": 812])
        #expect(states.read == ["moscow", "odesa"])
    }

    @Test func aQuoteIsBookmarkedAsTheReaderShowsItWithoutAnIndex() throws {
        let store = try Scratch().open()
        try store.bookmark(doc: "notes", quote: "q3", start: 10, end: 42, speaker: "Maria Keller", text: "\"We will not give up\"")
        try store.bookmark(doc: "notes", quote: "q3", start: 0, end: 1, speaker: "someone else", text: "x")
        let bookmarks = try store.bookmarks()
        #expect(bookmarks.count == 1)
        #expect(bookmarks.first?.start == 10)
        #expect(bookmarks.first?.end == 42)
        #expect(bookmarks.first?.speaker == "Maria Keller")
        #expect(bookmarks.first?.text == "\"We will not give up\"")
        try store.removeBookmark(doc: "notes", quote: "q3")
        #expect(try store.bookmarks().isEmpty)
    }

    @Test func aLibraryOfThePreviousVersionGainsTheResumeTableKeepingItsReadingState() throws {
        let scratch = try Scratch()
        let old = try DatabasePool(path: scratch.database)
        try Migrations.migrator.migrate(old, upTo: "v2-reading-state")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO reading_state (doc, position, read, updated) VALUES ('moscow', 77, 1, '2026-11-30 10:00:00.000');
                INSERT INTO bookmarks (doc, quote, created) VALUES ('moscow', 'q1', '2026-11-30 10:00:00.000');
                """)
        }
        #expect(try old.read { db in try db.tableExists("resume") } == false)
        try old.close()
        let store = try scratch.open()
        #expect(try store.readingPositions().positions == ["moscow": 77])
        #expect(try store.readingPositions().read == ["moscow"])
        #expect(try store.bookmarks().map(\.quote) == ["q1"])
        try store.saveResume(doc: "moscow", inArticle: true)
        #expect(try store.resumeState()?.inArticle == true)
        let applied = try store.read { db in try Migrations.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Migrations.versions))
    }
}
