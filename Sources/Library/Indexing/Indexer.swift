import Corpus
import Foundation
import GRDB

/// Brings the library in line with files on disk: new and changed files (by content hash, or indexed by
/// another engine version) are extracted and stored, files gone from the folders indexed are dropped.
/// Each document is committed on its own, so an interrupted run keeps everything it stored.
public struct Indexer: Sendable {
    public let store: LibraryStore
    public var engineVersion = EngineVersion.current
    /// Files read and extracted together, while the slice before is stored: enough to keep every core
    /// busy, few enough to bound memory.
    public var chunkSize = 128

    public init(store: LibraryStore) {
        self.store = store
    }

    public func index(paths: [String], progress: (IndexProgress) -> Void = { _ in }) throws(LibraryError) -> IndexSummary {
        let (files, walkProblems) = Loader.files(in: paths)
        var summary = IndexSummary()
        summary.problems = walkProblems
        let known = try knownDocuments()
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { Array(files[$0..<min($0 + chunkSize, files.count)]) }
        let engineVersion = engineVersion
        func prepare(_ index: Int) -> Background<PreparedChunk>? {
            guard index < chunks.count else { return nil }
            let files = chunks[index]
            return Background { PreparedChunk(files: files, known: known, engineVersion: engineVersion) }
        }
        var seen = Set<String>()
        var done = 0
        func report() { progress(IndexProgress(done: done, total: files.count, fraction: Double(done) / Double(files.count))) }
        var pending = prepare(0)
        var index = 0
        while let current = pending {
            index += 1
            pending = prepare(index)
            let chunk = current.wait()
            summary.problems += chunk.problems
            summary.unchanged += chunk.unchanged
            seen.formUnion(chunk.seen)
            done += chunk.unchanged
            report()
            for record in chunk.records {
                do {
                    let replaced = try store.write { db in try DocumentWriter.replace(record, engineVersion: engineVersion, in: db) }
                    if replaced { summary.changed += 1 } else { summary.new += 1 }
                } catch {
                    summary.problems.append(LoadProblem(path: record.path, message: "cannot store: \(error)"))
                }
                done += 1
                report()
            }
        }
        // A folder that could not be walked keeps what the library held from it.
        let gone = known.keys.filter { path in
            !seen.contains(path) && Self.isUnder(path, paths.map(Self.absolute))
                && !Self.isUnder(path, walkProblems.map { Self.absolute($0.path) })
        }
        try drop(gone)
        summary.removed = gone.count
        return summary
    }

    /// Removes documents whose files are gone, and the actors only they referred to, in one transaction.
    private func drop(_ paths: [String]) throws(LibraryError) {
        try store.write { db in
            for path in paths { try DocumentWriter.remove(path: path, in: db) }
            try DocumentWriter.pruneActors(in: db)
        }
    }

    private func knownDocuments() throws(LibraryError) -> [String: PreparedChunk.Known] {
        try store.read { db in
            var known: [String: PreparedChunk.Known] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, content_hash, engine_version FROM documents")
            while let row = try rows.next() { known[row[0]] = PreparedChunk.Known(hash: row[1], engine: row[2]) }
            return known
        }
    }

    /// Paths are stored absolute, so that indexing from another folder finds the same documents.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func isUnder(_ path: String, _ roots: [String]) -> Bool {
        roots.contains { root in path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    static func modificationTime(_ path: String) -> Double? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970
    }
}
