import Foundation
import Testing
import TestSupport

/// The reader in a real (tmux) terminal that misbehaves: resized without pause, tiny, of an unknown
/// type, not a terminal at all, or killed. Whatever happens, the terminal is left as it was found.
@Suite(.serialized)
struct TerminalFaultTests {
    static var article: String { Binary.packageRoot.appendingPathComponent("corpus/000_a280059d1002da3e.txt").path }

    /// A pane command running `parley ARGUMENTS` under `sh`, which then writes the exit status and the
    /// tty's settings into `folder` (a 1x1 pane could not show them). The shell ignores SIGINT so that
    /// it lives to report; its child still gets the default.
    private static func reporting(_ arguments: String, into folder: TempFolder, environment: String = "") -> String {
        let script = "trap true INT; \(environment) '\(Binary.url.path)' \(arguments); echo $? > '\(folder.path)/status'; "
            + "stty -a > '\(folder.path)/stty'; sleep 30"
        return "sh -c " + Tmux.quoted(script)
    }

    /// The file a reporting pane wrote, once it has.
    private func report(_ tmux: Tmux, _ folder: TempFolder, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let file = folder.url.appendingPathComponent(name)
        tmux.wait(for: "the pane to write \(name)", sourceLocation: sourceLocation) { _ in
            (try? String(contentsOf: file, encoding: .utf8))?.hasSuffix("\n") == true
        }
        return ((try? String(contentsOf: file, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Cooked mode back (`icanon`, `echo`, not `-icanon`, `-echo`), the cursor shown, the main screen.
    private func expectSaneTerminal(_ tmux: Tmux, _ folder: TempFolder, sourceLocation: SourceLocation = #_sourceLocation) {
        let settings = Set(report(tmux, folder, "stty").split(whereSeparator: { " ;\n".contains($0) }).map(String.init))
        #expect(settings.isSuperset(of: ["icanon", "echo", "isig", "icrnl"]), "stty: \(settings.sorted())", sourceLocation: sourceLocation)
        #expect(tmux.format("#{cursor_flag}") == "1", "cursor hidden", sourceLocation: sourceLocation)
        #expect(tmux.format("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
    }

    /// Dozens of resizes a second for three seconds, then the frame for the final size is exactly the
    /// one `--render-once` draws at that size.
    @Test func aResizeStormEndsInTheRightFrame() throws {
        let tmux = try Tmux(width: 120, height: 40, command: "'\(Binary.url.path)' '\(Self.article)'")
        tmux.wait(for: " Document ")
        let sizes = [(30, 8), (200, 60), (1, 1), (80, 24), (20, 5), (150, 50), (60, 20), (90, 30), (2, 40), (240, 3)]
        let end = Date().addingTimeInterval(3)
        var resizes = 0
        while Date() < end {
            let (width, height) = sizes[resizes % sizes.count]
            try tmux.run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"], capture: false)
            resizes += 1
        }
        #expect(resizes >= 60)
        try tmux.run(["resize-window", "-t", "0", "-x", "100", "-y", "30"], capture: false)
        let expected = try ProcessRun.parley(["--render-once", "100x30", Self.article]).stdout
        tmux.wait(for: "the frame --render-once draws") { Self.trimmed($0) == Self.trimmed(expected) }
        #expect(tmux.format("#{pane_dead}") == "0")
    }

    private static func trimmed(_ screen: String) -> [String] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    @Test(arguments: [(1, 1), (20, 5)])
    func aTinyTerminalIsDrawnAndQuitCleanly(width: Int, height: Int) throws {
        let folder = try TempFolder()
        let command = Self.reporting("'\(Self.article)'", into: folder)
        let tmux = try Tmux(width: width, height: height, command: command)
        // The one cell of a 1x1 screen is its bottom-right corner, which curses leaves blank: the
        // alternate screen says the reader has taken the terminal.
        tmux.wait(for: "the reader to take the terminal") { _ in tmux.format("#{alternate_on}") == "1" }
        try tmux.send("Q")
        #expect(report(tmux, folder, "status") == "0")
        expectSaneTerminal(tmux, folder)
    }

    @Test(arguments: ["dumb", "vt999-unknown", ""])
    func anUnusableTermIsOneLineAndExit1(term: String) throws {
        let folder = try TempFolder()
        let command = Self.reporting("'\(Self.article)'", into: folder, environment: "TERM='\(term)'")
        let tmux = try Tmux(width: 100, height: 20, command: command)
        #expect(report(tmux, folder, "status") == "1")
        let lines = tmux.screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let shown = term.isEmpty ? "(unset)" : term
        #expect(lines == ["parley: cannot use terminal type '\(shown)'; set TERM, e.g. xterm-256color"])
        expectSaneTerminal(tmux, folder)
    }

    /// Batch use of the reader, by mistake: it says what to use instead and leaves the terminal alone.
    @Test(arguments: ["< /dev/null", "| cat"])
    func stdinOrStdoutNotATerminalIsOneLine(redirection: String) throws {
        let folder = try TempFolder()
        let command = Self.reporting("'\(Self.article)' \(redirection)", into: folder)
        let tmux = try Tmux(width: 100, height: 20, command: command)
        #expect(report(tmux, folder, "status") == (redirection.hasPrefix("|") ? "0" : "1"))
        let lines = tmux.screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines == ["parley: not a terminal; use `parley extract` for batch output"])
        expectSaneTerminal(tmux, folder)
    }

    /// Killed while reading: the terminal is restored, then the signal ends parley as it would have.
    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)])
    func aSignalWhileReadingRestoresTheTerminal(signal: Int32, status: Int) throws {
        let folder = try TempFolder()
        let command = Self.reporting("'\(Self.article)'", into: folder)
        let tmux = try Tmux(width: 100, height: 30, command: command)
        tmux.wait(for: " Document ")
        try tmux.send("]")
        tmux.wait(for: "a current quote") { $0.range(of: #"│ quote [0-9]+/[0-9]+ │"#, options: .regularExpression) != nil }
        let pid = try #require(tmux.childPID)
        kill(pid, signal)
        #expect(report(tmux, folder, "status") == "\(status)")
        expectSaneTerminal(tmux, folder)
    }
}
