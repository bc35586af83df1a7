/// Where one text comes from.
enum Input: Equatable {
    case stdin
    case file(String)
}

/// Expands the paths given on the command line into the inputs to read.
///
/// A folder is searched recursively for `.txt` and `.md` files, skipping hidden entries; a folder
/// reached a second time through a symlink is not entered again, so symlink loops end.
struct FileWalker {
    static let textExtensions: Set<String> = ["txt", "md"]

    private(set) var inputs: [Input] = []
    private(set) var problems: [LoadProblem] = []
    private var visited: Set<String> = []

    static func expand(_ paths: [String]) -> (inputs: [Input], problems: [LoadProblem]) {
        var walker = FileWalker()
        for path in paths { walker.add(path) }
        return (walker.inputs, walker.problems)
    }

    private mutating func add(_ path: String) {
        if path == "-" { return inputs.append(.stdin) }
        switch FileSystem.kind(of: path) {
        case .failure(let error):
            problems.append(LoadProblem(path: path, message: error.message))
        case .success(.file), .success(.special):
            // Named explicitly, so read whatever its extension or kind: `parley extract <(curl ...)` reads a pipe.
            inputs.append(.file(path))
        case .success(.directory):
            let problemsBefore = problems.count
            var files: [String] = []
            walk(path, into: &files)
            // Sorted by bytes so the order is the same on every machine and locale.
            files.sort(by: FileSystem.precedes)
            if files.isEmpty && problems.count == problemsBefore {
                problems.append(LoadProblem(path: path, message: "no .txt or .md files"))
            }
            inputs += files.map(Input.file)
        }
    }

    private mutating func walk(_ directory: String, into files: inout [String]) {
        guard visited.insert(FileSystem.realPath(directory) ?? directory).inserted else { return }
        let entries: [(name: String, kind: FileSystem.Kind?)]
        switch FileSystem.entries(of: directory) {
        case .failure(let error): return problems.append(LoadProblem(path: directory, message: error.message))
        case .success(let found): entries = found
        }
        for (name, kind) in entries where !name.hasPrefix(".") {
            let path = Self.join(directory, name)
            switch kind.map({ .success($0) }) ?? FileSystem.kind(of: path) {
            case .success(.directory):
                walk(path, into: &files)
            case .success(.file):
                if Self.isText(name) { files.append(path) }
            case .success(.special):
                // A FIFO found in a folder could block the whole run; only one named on purpose is read.
                if Self.isText(name) { problems.append(LoadProblem(path: path, message: "not a regular file")) }
            case .failure(let error):
                // A dangling link or an unreadable entry: report it only if it looked like a text.
                if Self.isText(name) { problems.append(LoadProblem(path: path, message: error.message)) }
            }
        }
    }

    static func isText(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return textExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
