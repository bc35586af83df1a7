import Foundation
import GRDB

/// An open library: one SQLite file in WAL mode, so that readers never wait for the indexer and the
/// indexer never waits for readers. Safe to share between threads and tasks.
public final class LibraryStore: Sendable {
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens the library at `path`, creating it (and its folder) when missing unless `create` is false,
    /// and bringing an older schema up to date.
    public static func open(path: String, create: Bool = true) throws(LibraryError) -> LibraryStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw .missing(path: path) }
        do {
            if !exists {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try SchemaCheck.migrate(pool, path: path)
            return LibraryStore(path: path, pool: pool)
        } catch {
            throw classify(error, path: path)
        }
    }

    /// Deletes the library file and its WAL companions, for `--rebuild`.
    public static func remove(path: String) throws(LibraryError) {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            do { try FileManager.default.removeItem(atPath: file) } catch {
                throw .database(path: file, message: "cannot remove: \(error.localizedDescription)")
            }
        }
    }

    /// Runs a read in a snapshot of the database, mapping SQLite failures to one-line errors.
    func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try pool.read(body) } catch { throw Self.classify(error, path: path) }
    }

    /// Runs `body` in one write transaction: all of it is committed, or none.
    func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try pool.write(body) } catch { throw Self.classify(error, path: path) }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        // A reader opening while the indexer commits waits briefly instead of failing.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // In WAL mode a crash of the process loses no committed transaction even without a sync per commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Full-text segment merges touch many pages; a larger cache than the default 2 MB keeps them in memory.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            // Checkpoint every 32 MB rather than 4 MB: the indexer commits once an article, and pages written
            // again before a checkpoint are copied into the database once.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        return configuration
    }

    static func classify(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, message: "\(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path: path)
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
