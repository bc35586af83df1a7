import ArgumentParser
import Library

/// `--db PATH`, shared by the commands that use the library.
struct LibraryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The library file (default: $XDG_DATA_HOME/parley/library.sqlite).", valueName: "PATH"))
    var db: String?

    var path: String { db ?? LibraryStore.defaultPath() }

    /// The library, replaced by an empty one first when `rebuild`; missing is an error unless `create`.
    func open(create: Bool, rebuild: Bool = false) throws -> LibraryStore {
        try libraryCall {
            if rebuild { try LibraryStore.remove(path: path) }
            return try LibraryStore.open(path: path, create: create)
        }
    }
}

/// Runs a library call; a failure is one line on stderr and exit status 1.
func libraryCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LibraryError {
        Diagnostics.error(error.description)
        throw ExitCode.failure
    }
}
