/// A gold or prediction file that cannot be used at all.
public struct EvaluationError: Error, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { "\(path): \(message)" }
}
