import Foundation
import Testing

/// The real binary in a real (tmux) terminal: list, article panes, jumps, help, quitting,
/// resizing, and the terminal left usable however the reader ends.
@Suite(.serialized)
struct TmuxTests {
    static var corpus: String { Binary.packageRoot.appendingPathComponent("corpus").path }
    static var reader: String { "'\(Binary.url.path)' '\(corpus)'" }

    /// Runs the reader, then reports how it ended and whether the tty is back in cooked mode.
    /// The shell traps Ctrl-C (its child still gets the default) so that it lives to report.
    static var readerThenReport: String {
        "sh -c \"trap true INT; \(reader); echo status=\\$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon | tr '\\n' ' '; echo; echo report-done; sleep 30\""
    }

    @Test func opensTheCorpusList() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        tmux.wait(for: "│ LIST")
    }

    @Test func enterOpensTheArticleInThreePanes() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Enter")
        tmux.wait(for: "three pane titles") { $0.contains(" Actors ") && $0.contains(" Document ") && $0.contains(" Claims ") }
        let top = tmux.screen.split(separator: "\n").first ?? ""
        #expect(top.contains(" Actors ") && top.contains(" Document ") && top.contains(" Claims "))
    }

    @Test func bracketJumpsToAQuote() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Enter")
        tmux.wait(for: " Document ")
        tmux.wait(for: "no current quote yet") { $0.contains("quote —/") }
        try tmux.send("]")
        // The status line now counts the current quote.
        tmux.wait(for: "a current quote") { $0.range(of: #"│ quote [0-9]+/[0-9]+ │"#, options: .regularExpression) != nil }
    }

    @Test func questionMarkShowsHelpFromTheKeymap() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("?")
        tmux.wait(for: " Help ")
        tmux.wait(for: "Next quote of the selected speaker")
        try tmux.send("Escape")
        tmux.wait(for: "help closed") { !$0.contains(" Help ") }
    }

    @Test func qBacksOutThenQuitsAndTheProcessIsGone() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Enter")
        tmux.wait(for: " Document ")
        try tmux.send("q")
        tmux.wait(for: "│ LIST")
        try tmux.send("q")
        #expect(tmux.waitUntilDead())
        #expect(tmux.format("#{alternate_on}") == "0")
    }

    @Test func resizingReflowsThePanes() throws {
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Enter")
        tmux.wait(for: " Claims ")
        try tmux.run(["resize-window", "-t", "0", "-x", "90", "-y", "30"], capture: false)
        tmux.wait(for: "claims below the document") { screen in
            let lines = screen.split(separator: "\n")
            return lines.first?.contains(" Claims ") == false && lines.dropFirst().contains { $0.contains(" Claims ") }
        }
        try tmux.run(["resize-window", "-t", "0", "-x", "60", "-y", "20"], capture: false)
        tmux.wait(for: "one pane at a time") { screen in
            let top = screen.split(separator: "\n").first ?? ""
            return top.contains(" Document ") && !screen.contains(" Actors ")
        }
        try tmux.run(["resize-window", "-t", "0", "-x", "30", "-y", "8"], capture: false)
        tmux.wait(for: "terminal too small")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, command: Self.readerThenReport)
        tmux.wait(for: "parley — 2 articles")
        let pid = try #require(tmux.childPID)
        kill(pid, SIGTERM)
        tmux.wait(for: "report-done")
        let screen = tmux.screen
        #expect(screen.contains("status=143"))
        #expect(screen.contains("echo icanon") || screen.contains("icanon echo"))
        #expect(tmux.format("#{alternate_on}") == "0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, command: Self.readerThenReport)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Enter")
        tmux.wait(for: " Document ")
        try tmux.send("C-c")
        tmux.wait(for: "report-done")
        #expect(tmux.screen.contains("status=130"))
        #expect(tmux.screen.contains("echo icanon") || tmux.screen.contains("icanon echo"))
        #expect(tmux.format("#{alternate_on}") == "0")
    }

    @Test func quittingRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, command: Self.readerThenReport)
        tmux.wait(for: "parley — 2 articles")
        try tmux.send("Q")
        tmux.wait(for: "report-done")
        #expect(tmux.screen.contains("status=0"))
        #expect(tmux.screen.contains("echo icanon") || tmux.screen.contains("icanon echo"))
    }

    @Test func dumbTerminalIsRefusedInOneLine() throws {
        let command = "sh -c \"TERM=dumb \(Self.reader); echo status=\\$?; sleep 30\""
        let tmux = try Tmux(width: 100, height: 30, command: command)
        tmux.wait(for: "status=1")
        let lines = tmux.screen.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("parley: cannot use terminal type 'dumb'") == true)
        #expect(lines.count == 2)
    }
}
