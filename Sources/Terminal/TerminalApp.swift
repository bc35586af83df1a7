import CNcursesw
import Foundation
import ReaderModel

public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unusableTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal: "not a terminal; use `parley extract` for batch output"
        case .unusableTerminal(let name): "cannot use terminal type '\(name)'; set TERM, e.g. xterm-256color"
        }
    }
}

/// Runs a reader session on the real terminal until it quits, restoring the terminal on every
/// way out: quit, signals (the handler ends curses, then dies of the signal) and exit.
public enum TerminalApp {
    /// `poll` hands the session whatever arrived from work in the background and says whether
    /// anything did; while the session is still parsing, the loop wakes for it every 50 ms.
    /// `perform` does the effects the terminal knows nothing of (storing reading state, searching
    /// the library), handing any answer back to the session.
    public static func run(_ session: ReaderSession, theme: Theme, environment: [String: String],
                           poll: (inout ReaderSession) -> Bool = { _ in false },
                           perform: (Effect, inout ReaderSession) -> Void = { _, _ in }) throws(TerminalError) {
        try check(environment: environment)
        let term = environment["TERM"] ?? ""
        if setlocale(LC_ALL, "") == nil || !isUTF8Locale() { setlocale(LC_ALL, "C.UTF-8") }
        guard parley_newterm() != nil else { throw .unusableTerminal(term) }
        parley_install_signal_handlers()
        atexit { parley_endwin_at_exit() }
        defer { endwin() }
        configure(mouse: session.options.mouse)
        // COLORS is known only once colour is started.
        if has_colors() {
            start_color()
            use_default_colors()
        }
        let depth = ColorDepth.detect(environment: environment, terminalColors: Int(parley_colors()), hasColors: has_colors())
        loop(session, painter: Painter(theme: theme.degraded(to: depth), depth: depth), poll: poll, perform: perform)
    }

    /// Whether the reader can run here at all, before any work is done for it.
    public static func check(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { throw .unusableTerminal(term.isEmpty ? "(unset)" : term) }
    }

    private static func configure(mouse: Bool) {
        let screen = parley_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(screen, true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            mousemask(parley_wheel_up() | parley_wheel_down() | parley_button1(), nil)
            mouseinterval(0)
        }
    }

    private static func loop(_ session: ReaderSession, painter: Painter, poll: (inout ReaderSession) -> Bool,
                             perform: (Effect, inout ReaderSession) -> Void) {
        var session = session
        var painter = painter
        var full = true
        var dirty = true
        var size = (width: Int(parley_cols()), height: Int(parley_lines()))
        _ = session.handle(.resize(width: size.width, height: size.height))
        while true {
            if poll(&session) { dirty = true }
            if dirty {
                painter.paint(session.render(width: size.width, height: size.height), full: full)
                full = false
                dirty = false
            }
            // Idle work goes a step at a time between keys: a key waits for one step at most.
            wtimeout(parley_stdscr(), session.hasIdleWork ? 0 : session.isParsing ? 50 : -1)
            guard let event = nextEvent() else {
                if session.hasIdleWork, session.idle() { dirty = true }
                continue
            }
            dirty = true
            if case .resize(let width, let height) = event { size = (width, height) }
            for effect in session.handle(event) {
                switch effect {
                case .quit: return
                case .fullRedraw: full = true
                case .bell: beep()
                case .copyToClipboard(let text): Clipboard.copy(text)
                default: perform(effect, &session)
                }
            }
        }
    }

    private static func nextEvent() -> InputEvent? {
        var value: wint_t = 0
        let kind = wget_wch(parley_stdscr(), &value)
        if kind == ERR { return nil }
        if kind == KEY_CODE_YES {
            let code = Int32(value)
            if code == KEY_RESIZE { return .resize(width: Int(parley_cols()), height: Int(parley_lines())) }
            if code == KEY_MOUSE { return mouseEvent() }
            return KeyDecoder.function(code).map(InputEvent.key)
        }
        return KeyDecoder.character(UInt32(value)).map(InputEvent.key)
    }

    private static func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & parley_wheel_up() != 0 {
            kind = .wheelUp
        } else if parley_wheel_down() != 0, event.bstate & parley_wheel_down() != 0 {
            kind = .wheelDown
        } else if event.bstate & parley_button1() != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
    }

    private static func isUTF8Locale() -> Bool {
        guard let codeset = nl_langinfo(Int32(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
