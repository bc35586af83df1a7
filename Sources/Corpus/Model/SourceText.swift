/// A decoded input before extraction: where it came from and its text.
public struct SourceText: Sendable {
    public var doc: String
    public var path: String
    public var text: String

    public init(doc: String, path: String, text: String) {
        self.doc = doc
        self.path = path
        self.text = text
    }
}
