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

    public init(sources: [SourceText], problems: [LoadProblem]) {
        self.sources = sources
        self.problems = problems
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
