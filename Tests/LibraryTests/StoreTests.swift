import Dispatch
import Foundation
import GRDB
@testable import Library
import Testing

@Test func anOlderSchemaIsUpgradedKeepingWhatItHeld() throws {
    let scratch = try Scratch()
    // A library as the first release made it: documents and quotes, no reading state yet.
    let old = try DatabasePool(path: scratch.database)
    try Migrations.migrator.migrate(old, upTo: Migrations.versions[0])
    try old.write { db in
        try db.execute(sql: """
            INSERT INTO documents (doc, path, title, engine_version, text) VALUES ('moscow', '/m.txt', 'Moscow', 'corpus-1', 'Moscow rules out a truce');
            INSERT INTO quotes (document, id, start, "end", kind) VALUES (1, 'q1', 0, 6, 'direct');
            INSERT INTO quotes_fts (rowid, text, tags) VALUES (1, 'Moscow', 'kdirect');
            """)
    }
    try old.close()
    let store = try scratch.open()
    #expect(try store.documents().map(\.doc) == ["moscow"])
    #expect(try store.search(SearchQuery(text: "moscow")).map(\.id) == ["q1"])
    try store.savePosition(doc: "moscow", position: 12)
    #expect(try store.readingState(doc: "moscow")?.position == 12)
    let applied = try store.read { db in try Migrations.migrator.appliedIdentifiers(db) }
    #expect(applied == Set(Migrations.versions))
}

@Test func aFileThatIsNotADatabaseIsAClearErrorAndRebuildReplacesIt() throws {
    let scratch = try Scratch()
    try scratch.write("library.sqlite", String(repeating: "not a database, just words. ", count: 400))
    #expect(throws: LibraryError.corrupt(path: scratch.database)) { try scratch.open() }
    let message = LibraryError.corrupt(path: scratch.database).description
    #expect(message.hasPrefix(scratch.database + ": "))
    #expect(message.contains("--rebuild"))
    try LibraryStore.remove(path: scratch.database)
    #expect(try scratch.open().documents().isEmpty)
}

@Test func aDamagedDatabaseIsReportedAsCorrupt() throws {
    let scratch = try Scratch()
    try Newsroom.open(scratch).pool.close()
    // Overwrite everything after the header's first 16 bytes: SQLite sees a database, then garbage.
    var bytes = try Data(contentsOf: scratch.url.appendingPathComponent("library.sqlite"))
    for index in 16..<bytes.count { bytes[index] = 0xA5 }
    try bytes.write(to: scratch.url.appendingPathComponent("library.sqlite"))
    try? FileManager.default.removeItem(atPath: scratch.database + "-wal")
    #expect(throws: LibraryError.corrupt(path: scratch.database)) { try scratch.open() }
}

@Test func anotherProgramsDatabaseIsNotTouched() throws {
    let scratch = try Scratch()
    let queue = try DatabaseQueue(path: scratch.database)
    try queue.write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
    try queue.close()
    #expect(throws: LibraryError.foreign(path: scratch.database)) { try scratch.open() }
    let tables = try DatabaseQueue(path: scratch.database).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
    #expect(tables == ["contacts"])
}

@Test func aLibraryFromANewerParleyIsRefused() throws {
    let scratch = try Scratch()
    try scratch.open().write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
    #expect(throws: LibraryError.newer(path: scratch.database)) { try scratch.open() }
}

@Test func openingWithoutCreatingNeedsAnExistingLibrary() throws {
    let scratch = try Scratch()
    #expect(throws: LibraryError.missing(path: scratch.database)) { try LibraryStore.open(path: scratch.database, create: false) }
    #expect(!FileManager.default.fileExists(atPath: scratch.database))
}

@Test func theLibraryFolderIsCreated() throws {
    let scratch = try Scratch()
    let path = scratch.url.appendingPathComponent("data/parley/library.sqlite").path
    _ = try LibraryStore.open(path: path)
    #expect(FileManager.default.fileExists(atPath: path))
}

@Test func theDefaultPathFollowsXDG() {
    #expect(LibraryStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ann"]) == "/data/parley/library.sqlite")
    #expect(LibraryStore.defaultPath(environment: ["HOME": "/home/ann"]) == "/home/ann/.local/share/parley/library.sqlite")
    #expect(LibraryStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/ann"])
        == "/home/ann/.local/share/parley/library.sqlite")
}

@Test func aReaderIsNotBlockedByAWriterAndSeesOnlyCommittedDocuments() throws {
    let scratch = try Scratch()
    let writer = try scratch.open()
    let reader = try scratch.open()
    try writer.add(Newsroom.moscow)
    let inside = DispatchSemaphore(value: 0), proceed = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        _ = try? writer.write { db in
            try DocumentWriter.replace(DocumentRecord(Newsroom.kyiv, path: "/articles/kyiv.txt", mtime: nil),
                                       engineVersion: EngineVersion.current, in: db)
            inside.signal()
            proceed.wait()
        }
        done.signal()
    }
    inside.wait()
    // The writer holds its transaction open: the reader neither waits nor sees it.
    let during = try reader.documents().map(\.doc)
    let hitsDuring = try reader.search(SearchQuery(text: "ceasefire")).map(\.doc)
    proceed.signal()
    done.wait()
    #expect(during == ["moscow"])
    #expect(hitsDuring == ["moscow"])
    #expect(try reader.documents().map(\.doc) == ["kyiv", "moscow"])
    #expect(try reader.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
}
