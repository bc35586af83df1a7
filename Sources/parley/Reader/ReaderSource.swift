import ArgumentParser
import Foundation
import Library

/// What the reader reads, chosen from the command line:
/// - `--db PATH` without paths: that library (it must exist: a missing or damaged one is an error);
/// - paths: those files and folders (with `--db PATH`, that library is opened too, for the reading state);
/// - neither: the default library when it exists and has documents, else ./corpus, else the installed
///   sample corpus.
struct ReaderSource {
    enum Mode {
        case files([String])
        case library(LibraryStore, [IndexedDocument])
    }

    let mode: Mode
    /// The library in use: the one read in library mode, the one named by `--db` in files mode, else nil.
    let store: LibraryStore?

    static func choose(paths: [String], library: LibraryOptions) throws -> ReaderSource {
        if let path = library.db {
            let store = try open(path)
            if !paths.isEmpty { return ReaderSource(mode: .files(paths), store: store) }
            return ReaderSource(mode: .library(store, try libraryCall { try store.documents() }), store: store)
        }
        if !paths.isEmpty { return ReaderSource(mode: .files(paths), store: nil) }
        // The default library is used only when it is there and has something to read; a damaged one is
        // no reason not to read ./corpus, and `parley index` reports it.
        if let store = try? LibraryStore.open(path: library.path, create: false),
           let documents = try? store.documents(), !documents.isEmpty {
            return ReaderSource(mode: .library(store, documents), store: store)
        }
        return ReaderSource(mode: .files(try fallbackPaths()), store: nil)
    }

    /// A library named on the command line: missing or unusable is one line on stderr and exit status 1.
    private static func open(_ path: String) throws -> LibraryStore {
        do {
            return try LibraryStore.open(path: path, create: false)
        } catch .missing {
            Diagnostics.error("\(path): no library here; make one with `parley index --db \(path) DIR`")
            throw ExitCode.failure
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.failure
        }
    }

    /// ./corpus, else the installed sample corpus.
    private static func fallbackPaths() throws -> [String] {
        let fallbacks = ["corpus", Installation.share + "/corpus"]
        if let found = fallbacks.first(where: isFolder) { return [found] }
        Diagnostics.error("nothing to read: give files or folders, or run where ./corpus exists")
        FileHandle.standardError.write(Data((Parley.helpMessage(for: Read.self) + "\n").utf8))
        throw ExitCode(2)
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
