/// What can happen to the reader: a key (dispatched through the keymap, or typed into a prompt),
/// a command directly, a new terminal size, or the mouse.
public enum Action: Hashable, Sendable {
    case key(Key)
    case command(Command)
    case resize(Size)
    case mouse(MouseEvent)
    /// What the library's search found for a query typed after `S`.
    case librarySearchResults(query: String, hits: [LibraryHit])
    /// The library could not be read or written: said once, reading goes on.
    case libraryProblem(String)
    /// No key is waiting: a step of the work left for later (folding a long article for search, laying
    /// out the rest of it).
    case idle
}

/// The pure reducer: the next state and what the outside world should do.
public func reduce(_ state: ReaderState, _ action: Action) -> (ReaderState, [Effect]) {
    var next = state
    let effects = next.apply(action)
    return (next, effects)
}

extension ReaderState {
    public mutating func apply(_ action: Action) -> [Effect] {
        let before = openArticles
        var effects: [Effect] = []
        switch action {
        case .resize(let size):
            resize(to: size)
        case .mouse(let event):
            message = nil
            mouse(event)
        case .key(let key):
            message = nil
            if prompt != nil {
                effects = type(key)
            } else if let command = keymap.command(for: key) {
                effects = perform(command)
            }
        case .command(let command):
            message = nil
            effects = perform(command)
        case .librarySearchResults(let query, let hits):
            showResults(query: query, hits: hits)
        case .libraryProblem(let problem):
            message = problem
        case .idle:
            workWhileIdle()
        }
        settle()
        // What was left is saved before the effects run: the quit among them ends the program.
        return remembered(since: before, quitting: effects.contains(.quit)) + effects
    }

    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .quit: return [.quit]
        case .redraw: return [.fullRedraw]
        default: break
        }
        if help != nil { return helpCommand(command) }
        if command == .help {
            help = 0
            return []
        }
        if let effects = memoryCommand(command) { return effects }
        switch screen {
        case .list: return listCommand(command)
        case .article: return articleCommand(command)
        case .compare: return compareCommand(command)
        case .quotes: return quoteListCommand(command)
        }
    }

    mutating func helpCommand(_ command: Command) -> [Effect] {
        switch command {
        case .help, .close, .back: help = nil
        default:
            if let motion = Motion(command, page: max(1, size.height - 4)) {
                help = motion.applied(to: help ?? 0, count: HelpText.lines(keymap).count)
            }
        }
        return []
    }

    /// Leaves the current screen; leaving the list quits.
    mutating func pop() -> [Effect] {
        guard stack.count > 1 else { return [.quit] }
        stack.removeLast()
        return []
    }
}
