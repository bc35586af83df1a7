import Foundation

/// One input that could not be read, or was read with a warning.
public struct LoadProblem: Error, Sendable, CustomStringConvertible {
    public enum Severity: Sendable { case warning, error }
    public var path: String
    public var message: String
    public var severity: Severity

    public init(path: String, message: String, severity: Severity = .error) {
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// One line naming the file and the problem.
    public var description: String { "\(path): \(message)" }
}

public struct LoadResult: Sendable {
    public var sources: [SourceText]
    public var problems: [LoadProblem]
}

/// Reads files, folders and stdin into decoded texts. (Placeholder: plain UTF-8 files only.)
public enum Loader {
    public static func load(paths: [String]) -> LoadResult {
        var result = LoadResult(sources: [], problems: [])
        let files = paths.flatMap { path -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.isEmpty ? [path] : names.sorted().map { path + "/" + $0 }
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                result.problems.append(LoadProblem(path: path, message: "cannot read"))
                continue
            }
            let doc = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            result.sources.append(SourceText(doc: doc, path: path, text: String(decoding: data, as: UTF8.self)))
        }
        return result
    }
}
