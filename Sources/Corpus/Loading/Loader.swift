import Foundation

/// Reads files, folders and stdin (`-`) into decoded texts, reporting each input it cannot use.
public enum Loader {
    public static func load(paths: [String]) -> LoadResult {
        load(paths: paths) { FileSystem.readAll(STDIN_FILENO) }
    }

    /// The files `load(paths:)` would read, in the same order, without reading them: for callers that
    /// read a large collection a slice at a time. Standard input is listed as `-`.
    public static func files(in paths: [String]) -> (files: [String], problems: [LoadProblem]) {
        let expanded = FileWalker.expand(paths)
        return (expanded.inputs.map { naming($0).path }, expanded.problems)
    }

    /// The doc name of a file: its name without the extension.
    public static func doc(for path: String) -> String {
        naming(.file(path)).doc
    }

    /// One file read whole and decoded (a decoding warning is dropped: the text is still usable).
    public static func load(file path: String) -> Result<SourceText, LoadProblem> {
        decoded(FileSystem.contents(of: path), path: path).map { source(path, $0.text) }
    }

    /// The text of a file's first `bytes` bytes (the last character may be cut), and whether that is all of it.
    static func start(of path: String, bytes: Int) -> Result<(source: SourceText, isWhole: Bool), LoadProblem> {
        let read = FileSystem.start(of: path, bytes: bytes)
        return decoded(read.map(\.bytes), path: path).map { (source(path, $0.text), (try? read.get().isWhole) ?? false) }
    }

    private static func source(_ path: String, _ text: String) -> SourceText {
        SourceText(doc: naming(.file(path)).doc, path: path, text: text)
    }

    private static func decoded(_ bytes: Result<[UInt8], FileError>, path: String) -> Result<(text: String, warning: String?), LoadProblem> {
        switch bytes.map(TextDecoder.decode) {
        case .failure(let error): return .failure(LoadProblem(path: path, message: error.message))
        case .success(.failure(let message)): return .failure(LoadProblem(path: path, message: message))
        case .success(.text(let text, let warning)): return .success((text, warning))
        }
    }

    /// `standardInput` is read for `-`; tests pass their own bytes.
    static func load(paths: [String], standardInput: () -> Result<[UInt8], FileError>) -> LoadResult {
        let expanded = FileWalker.expand(paths)
        var result = LoadResult(sources: [], problems: expanded.problems)
        for input in expanded.inputs {
            let (path, doc) = naming(input)
            let bytes: Result<[UInt8], FileError>
            switch input {
            case .stdin: bytes = standardInput()
            case .file(let file): bytes = FileSystem.contents(of: file)
            }
            switch decoded(bytes, path: path) {
            case .failure(let problem):
                result.problems.append(problem)
            case .success(let (text, warning)):
                if let warning { result.problems.append(LoadProblem(path: path, message: warning, severity: .warning)) }
                result.sources.append(SourceText(doc: doc, path: path, text: text))
            }
        }
        return result
    }

    /// The path shown in messages and the doc name: the file name without its extension.
    private static func naming(_ input: Input) -> (path: String, doc: String) {
        switch input {
        case .stdin: return ("-", "stdin")
        case .file(let path):
            // As NSString's lastPathComponent and deletingPathExtension, without bridging: lists are long.
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (path, name) }
            return (path, String(name[..<dot]))
        }
    }
}
