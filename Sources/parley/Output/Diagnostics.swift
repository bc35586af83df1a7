import Corpus
import Foundation

/// One line per problem on standard error, prefixed with the program name.
enum Diagnostics {
    static func report(_ problems: [LoadProblem]) {
        for problem in problems {
            switch problem.severity {
            case .error: error(problem.description)
            case .warning: warn(["warning: \(problem)"])
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
