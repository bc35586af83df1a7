/// One row of the keymap: the keys, what they do, and how the help explains it.
public struct Binding: Hashable, Sendable {
    public enum Section: String, CaseIterable, Hashable, Sendable {
        case moving = "Moving", panes = "Panes and articles", quotes = "Quotes", searching = "Searching"
        case comparing = "Comparing actors", memory = "Bookmarks and the library", other = "Other"
    }

    public var keys: [Key]
    public var command: Command
    public var help: String
    public var section: Section

    public init(_ keys: [Key], _ command: Command, _ help: String, _ section: Section) {
        self.keys = keys
        self.command = command
        self.help = help
        self.section = section
    }
}

/// The single table of key bindings: dispatch, the help overlay and `--help-keys` all read it.
public struct Keymap: Hashable, Sendable {
    public private(set) var bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding([.char("j"), .down], .down, "Line down / next row", .moving),
        Binding([.char("k"), .up], .up, "Line up / previous row", .moving),
        Binding([.char(" "), .pageDown, .ctrl("f")], .pageDown, "Page down", .moving),
        Binding([.char("b"), .pageUp, .ctrl("b")], .pageUp, "Page up", .moving),
        Binding([.ctrl("d")], .halfPageDown, "Half page down", .moving),
        Binding([.ctrl("u")], .halfPageUp, "Half page up", .moving),
        Binding([.char("g"), .home], .top, "Top", .moving),
        Binding([.char("G"), .end], .bottom, "Bottom", .moving),
        Binding([.tab], .nextPane, "Next pane (next column when comparing)", .panes),
        Binding([.backTab], .prevPane, "Previous pane (previous column when comparing)", .panes),
        Binding([.enter], .open, "Open article / jump to quote, claim or source", .panes),
        Binding([.char("J")], .nextArticle, "Next article", .panes),
        Binding([.char("K")], .prevArticle, "Previous article", .panes),
        Binding([.char("a")], .toggleScope, "Actors of this article / of the whole corpus", .panes),
        Binding([.char("]")], .nextSpeakerQuote, "Next quote of the selected speaker", .quotes),
        Binding([.char("[")], .prevSpeakerQuote, "Previous quote of the selected speaker", .quotes),
        Binding([.char("}")], .nextQuote, "Next quote by anyone", .quotes),
        Binding([.char("{")], .prevQuote, "Previous quote by anyone", .quotes),
        Binding([.char("y")], .copyQuote, "Copy the current quote", .quotes),
        Binding([.char("/")], .search, "Filter the list / search the article", .searching),
        Binding([.char("n")], .nextMatch, "Next match", .searching),
        Binding([.char("N")], .prevMatch, "Previous match", .searching),
        Binding([.char("m")], .mark, "Mark or unmark the selected actor for comparing", .comparing),
        Binding([.char("c")], .compare, "Compare the marked actors across the corpus", .comparing),
        Binding([.char("s")], .bookmark, "Bookmark the current quote, or remove its bookmark", .memory),
        Binding([.char("B")], .bookmarks, "List the bookmarks", .memory),
        Binding([.char("d")], .removeBookmark, "Remove the selected bookmark (in the bookmarks list)", .memory),
        Binding([.char("u")], .toggleRead, "Mark the article read or unread", .memory),
        Binding([.char("S"), .char("\\")], .searchLibrary, "Search the whole library", .memory),
        Binding([.char("?")], .help, "This help", .other),
        Binding([.escape], .close, "Back / close", .other),
        Binding([.char("q")], .back, "Back one level (quits from the list)", .other),
        Binding([.char("Q")], .quit, "Quit", .other),
        Binding([.ctrl("l")], .redraw, "Redraw the screen", .other),
    ])

    public func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    public func keys(for command: Command) -> [Key] {
        bindings.first { $0.command == command }?.keys ?? []
    }

    /// Problems with config rebindings, one line each naming `file:line`. Empty when all are valid.
    public static func problems(in overrides: [KeyBindingOverride], file: String) -> [String] {
        var problems: [String] = []
        var seen: [Key: String] = [:]
        for override in overrides {
            let place = "\(file):\(override.line)"
            if Command(rawValue: override.command) == nil {
                problems.append("\(place): unknown command '\(override.command)'")
            }
            if override.keys.isEmpty { problems.append("\(place): no keys for '\(override.command)'") }
            for name in override.keys {
                guard let key = KeyName.parse(name) else {
                    problems.append("\(place): unknown key '\(name)'")
                    continue
                }
                if let other = seen[key], other != override.command {
                    problems.append("\(place): key '\(name)' is bound to both '\(other)' and '\(override.command)'")
                }
                seen[key] = override.command
            }
        }
        return problems
    }

    /// This keymap with valid overrides applied: each overridden command gets exactly its new keys,
    /// and those keys leave whatever command had them before.
    public func applying(_ overrides: [KeyBindingOverride]) -> Keymap {
        var result = self
        for override in overrides {
            guard let command = Command(rawValue: override.command) else { continue }
            let keys = override.keys.compactMap(KeyName.parse)
            for index in result.bindings.indices {
                result.bindings[index].keys.removeAll { keys.contains($0) }
                if result.bindings[index].command == command { result.bindings[index].keys = keys }
            }
        }
        return result
    }

    /// The keymap as a markdown table, for the README (`parley --help-keys`).
    public var markdown: String {
        var lines = ["| Keys | Command | What it does |", "| --- | --- | --- |"]
        for binding in bindings {
            let keys = binding.keys.map { "`\(KeyName.format($0))`" }
            lines.append("| \(keys.joined(separator: " ")) | \(binding.command.rawValue) | \(binding.help) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
