import Foundation

/// Files read as the reference scorer reads them: UTF-8 text with universal newlines, folders listed in code point order.
enum PythonFile {
    /// The text as code points. Malformed UTF-8 (on which Python would stop) is replaced, not fatal.
    static func text(_ path: String) throws -> [Unicode.Scalar] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw EvaluationError(path: path, message: "no such file or directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError(path: path, message: "cannot read")
        }
        return PythonString.universalNewlines(Array(String(decoding: data, as: UTF8.self).unicodeScalars))
    }

    /// `sorted(os.listdir(directory))`.
    static func names(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EvaluationError(path: directory, message: "no such directory")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw EvaluationError(path: directory, message: "cannot read")
        }
        return names.sorted(by: PythonString.precedes)
    }

    /// `os.path.join(directory, name)`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty || directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
