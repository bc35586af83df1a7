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
            switch bytes.map(TextDecoder.decode) {
            case .failure(let error):
                result.problems.append(LoadProblem(path: path, message: error.message))
            case .success(.failure(let message)):
                result.problems.append(LoadProblem(path: path, message: message))
            case .success(.text(let text, let warning)):
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
            return (path, ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        }
    }
}
