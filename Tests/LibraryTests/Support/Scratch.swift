import Corpus
import Foundation
import GRDB
@testable import Library
import TestSupport

/// A fresh folder for one test's articles and library file, removed when the test ends.
final class Scratch {
    private let folder: TempFolder
    var url: URL { folder.url }
    var path: String { folder.path }
    var database: String { url.appendingPathComponent("library.sqlite").path }

    init() throws { folder = try TempFolder("library") }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try folder.write(name, text) }

    func remove(_ name: String) throws { try folder.remove(name) }

    func open() throws -> LibraryStore { try LibraryStore.open(path: database) }
}

extension LibraryStore {
    /// Stores a hand-made article as the indexer would store an extracted one.
    func add(_ article: Article, path: String? = nil) throws {
        _ = try write { db in
            try DocumentWriter.replace(DocumentRecord(article, path: path ?? "/articles/\(article.doc).txt", contentHash: nil, mtime: nil),
                                       engineVersion: EngineVersion.current, in: db)
        }
    }

    func count(_ table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// The row id of each document by doc name: a document written again gets a new one.
    func rowIDs() throws -> [String: Int64] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT doc, id FROM documents").map { ($0["doc"], $0["id"]) })
        }
    }
}
