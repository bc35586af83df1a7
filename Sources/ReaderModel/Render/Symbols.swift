/// The non-letter characters the reader draws, in Unicode or, for `--ascii`, plain ASCII.
public struct Symbols: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var separator: String
    public var ellipsis: String
    public var dash: String
    public var marked: String

    public static let unicode = Symbols(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                        bottomRight: "┘", separator: "│", ellipsis: "…", dash: "—", marked: "●")
    public static let ascii = Symbols(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                      bottomRight: "+", separator: "|", ellipsis: "~", dash: "-", marked: "*")

    public static func forOptions(_ options: ReaderOptions) -> Symbols { options.ascii ? .ascii : .unicode }
}
