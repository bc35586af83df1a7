/// What a cell shows, never how it looks: themes bind roles to colours and attributes.
public enum Role: Hashable, Sendable {
    case text
    case dim
    case title
    case byline
    case heading
    case caption
    case boilerplate
    case quote(QuoteStyle)
    /// A speaker's own colour: the index into the theme's speaker palette.
    case speaker(Int)
    case stance(StanceRole)
    case selection
    case selectionInactive
    case searchMatch
    case currentQuote
    case status
    case statusMessage
    case border
    case borderFocus
    case paneTitle
    case paneTitleFocus
    case help
    case helpKey
    /// A control character from the article, shown visibly instead of executed.
    case control

    public enum QuoteStyle: String, Hashable, Sendable { case direct, partial, indirect }
    public enum StanceRole: String, Hashable, Sendable { case supports, opposes, demands, rejects, predicts, asserts }
}

/// A role plus the text attributes the renderer adds on top of it.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    /// Speaker colour laid over the role (a quote coloured by its speaker).
    public var speaker: Int?

    public init(_ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false, speaker: Int? = nil) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.speaker = speaker
    }

    public static let plain = Style()
}
