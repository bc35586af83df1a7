import Corpus
import Foundation

/// One line per problem on standard error, prefixed with the program name.
enum Diagnostics {
    /// A file name can hold anything, escape sequences and line breaks included: each problem is
    /// shown inert and on one line.
    static func report(_ problems: [LoadProblem]) {
        for problem in problems {
            let line = InertText.visible(problem.description, keepingLines: false)
            switch problem.severity {
            case .error: error(line)
            case .warning: warn(["warning: \(line)"])
            }
        }
    }

    static func error(_ message: String) { write("parley: \(message)\n") }

    /// Lines that already say "warning: ".
    static func warn(_ lines: [String]) { write(lines.map { "parley: \($0)\n" }.joined()) }

    private static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
