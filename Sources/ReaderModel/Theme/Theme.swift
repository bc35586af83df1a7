/// Text attributes a theme can ask for.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let reverse = Attributes(rawValue: 8)
    public static let italic = Attributes(rawValue: 16)

    static let names: [String: Attributes] = ["bold": .bold, "dim": .dim, "underline": .underline,
                                              "reverse": .reverse, "italic": .italic]
}

/// How one role looks.
public struct Look: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Semantic roles bound to colours and attributes, loaded from a theme file.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// By role key: "text", "quote.direct", "stance.supports", "selection", …
    public var looks: [String: Look]
    /// Speaker colours, indexed by `SpeakerPalette.index`.
    public var speakers: [ThemeColor]

    /// Attributes only: what is left when there is no theme file and no colour.
    public static let plain = Theme(name: "plain", looks: [
        "title": Look(attributes: .bold), "heading": Look(attributes: .bold), "dim": Look(attributes: .dim),
        "caption": Look(attributes: .dim), "boilerplate": Look(attributes: .dim), "quote.indirect": Look(attributes: .italic),
        "selection": Look(attributes: .reverse), "selection.inactive": Look(attributes: .underline),
        "search.match": Look(attributes: [.reverse, .underline]), "status": Look(attributes: .reverse),
        "status.message": Look(attributes: [.reverse, .bold]), "border.focus": Look(attributes: .bold),
        "control": Look(attributes: .reverse),
    ], speakers: [])

    /// Every role key a theme may set.
    public static let roleKeys: [String] = [
        "text", "dim", "title", "byline", "heading", "caption", "boilerplate",
        "quote.direct", "quote.partial", "quote.indirect", "speaker",
        "stance.supports", "stance.opposes", "stance.demands", "stance.rejects", "stance.predicts", "stance.asserts",
        "selection", "selection.inactive", "search.match", "current.quote", "status", "status.message",
        "border", "border.focus", "pane.title", "pane.title.focus", "help", "help.key", "control",
    ]

    public static func key(for role: Role) -> String {
        switch role {
        case .text: "text"
        case .dim: "dim"
        case .title: "title"
        case .byline: "byline"
        case .heading: "heading"
        case .caption: "caption"
        case .boilerplate: "boilerplate"
        case .quote(let style): "quote.\(style.rawValue)"
        case .speaker: "speaker"
        case .stance(let stance): "stance.\(stance.rawValue)"
        case .selection: "selection"
        case .selectionInactive: "selection.inactive"
        case .searchMatch: "search.match"
        case .currentQuote: "current.quote"
        case .status: "status"
        case .statusMessage: "status.message"
        case .border: "border"
        case .borderFocus: "border.focus"
        case .paneTitle: "pane.title"
        case .paneTitleFocus: "pane.title.focus"
        case .help: "help"
        case .helpKey: "help.key"
        case .control: "control"
        }
    }

    /// The look of a cell's style: its role's look, the speaker's colour over it, and the
    /// style's own attributes added. Without colour, speakers and roles fall back to attributes.
    public func look(for style: Style) -> Look {
        var look = looks[Theme.key(for: style.role)] ?? looks["text"] ?? Look()
        let speaker: Int? = if case .speaker(let index) = style.role { index } else { style.speaker }
        if let speaker, !speakers.isEmpty {
            look.foreground = speakers[speaker % speakers.count]
        }
        if style.bold { look.attributes.insert(.bold) }
        if style.underline { look.attributes.insert(.underline) }
        if style.reverse { look.attributes.insert(.reverse) }
        return look
    }

    /// The theme for a colour depth. Without colour, roles that relied on colour alone take the
    /// plain theme's attributes, so that selections and quotes stay visible.
    public func degraded(to depth: ColorDepth) -> Theme {
        guard depth == .none else { return self }
        var result = Theme(name: name, looks: [:], speakers: [])
        for key in Theme.roleKeys {
            let own = looks[key]?.attributes ?? []
            let fallback = Theme.plain.looks[key]?.attributes ?? []
            result.looks[key] = Look(attributes: own.isEmpty ? fallback : own)
        }
        return result
    }
}
