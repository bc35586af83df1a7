import Corpus
import Foundation
import GRDB
import Library
@testable import parley
import ReaderModel
import Testing
import TestSupport

/// The executable's side of the reader's memory, on a real library file: effects stored, and a store
/// that fails mid-session said once while reading goes on.
struct ReaderMemoryTests {
    static func session() -> ReaderSession {
        let loaded = Loader.load(paths: [TmuxTests.corpus])
        return ReaderSession(corpus: CorpusBuilder.build(loaded.sources))
    }

    static func perform(_ keys: [Key], on session: inout ReaderSession, with memory: ReaderMemory) {
        for key in keys {
            for effect in session.handle(.key(key)) { memory.perform(effect, &session) }
        }
    }

    @Test func effectsAreStoredAndComeBackAtTheNextStart() throws {
        let folder = try TempFolder("memory")
        let path = folder.path + "/library.sqlite"
        var session = Self.session()
        let memory = ReaderMemory.open(path: path)
        memory.start(&session)
        Self.perform([.enter, .char("}"), .char("s"), .char("j"), .char("j"), .char("Q")], on: &session, with: memory)
        let store = try LibraryStore.open(path: path, create: false)
        let doc = session.corpus.summaries[0].doc
        #expect(try store.readingState(doc: doc)?.read == true)
        #expect(try store.bookmarks().map(\.doc) == [doc])
        #expect(try store.resumeState()?.doc == doc)

        var next = Self.session()
        ReaderMemory.open(path: path).start(&next)
        #expect(next.state.article?.index == 0)
        #expect(next.state.marks.positions[doc] == (try store.readingState(doc: doc)?.position))
    }

    @Test func aStoreThatFailsIsOneMessageAndNothingMoreIsWritten() throws {
        let folder = try TempFolder("memory")
        let path = folder.path + "/library.sqlite"
        var session = Self.session()
        let memory = ReaderMemory.open(path: path)
        memory.start(&session)
        // Another program breaks the library under the reader.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TABLE reading_state") }
        Self.perform([.enter], on: &session, with: memory)
        #expect(session.state.article != nil, "reading goes on")
        let message = try #require(session.state.message)
        #expect(message.hasPrefix("not saved: "))
        #expect(message.contains(path))
        Self.perform([.char("}"), .char("s")], on: &session, with: memory)
        #expect(session.state.message == "bookmarked; B lists bookmarks", "no second failure message")
        #expect(try LibraryStore.open(path: path, create: false).bookmarks().isEmpty, "nothing written after the failure")
    }
}
