import Foundation
import Testing

/// A tmux server on a private socket running one command in a detached pane, for driving the
/// real binary as a user would. Every wait polls the pane; none sleeps a fixed time.
final class Tmux {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "tmux is not installed; the end-to-end tests need it (apt-get install tmux)" }
    }

    let folder: URL
    var socket: String { folder.appendingPathComponent("sock").path }

    /// The program sees `home` as HOME and XDG_DATA_HOME under it (the reader's library, config),
    /// by default a folder of this session's own: a test never touches the real ~/.local/share.
    init(width: Int, height: Int, command: String, home: URL? = nil) throws {
        guard Tmux.executable != nil else { throw Missing() }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let home = home ?? folder.appendingPathComponent("home")
        // remain-on-exit keeps the pane after the program ends, so that its end can be inspected.
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                 "-e", "HOME=\(home.path)", "-e", "XDG_DATA_HOME=\(home.path)/.local/share", "-e", "XDG_CONFIG_HOME=\(home.path)/.config",
                 command, ";", "set-option", "remain-on-exit", "on"], capture: false)
        serverPID = Int32(format("#{pid}")) ?? 0
        panePID = Int32(format("#{pane_pid}")) ?? 0
    }

    private var serverPID: Int32 = 0
    private var panePID: Int32 = 0

    /// Ends the server and, should they linger (signals blocked by a parent), what it started.
    deinit {
        _ = try? run(["kill-server"], capture: false)
        if panePID > 0 { kill(-panePID, SIGKILL) }
        if serverPID > 0 { kill(serverPID, SIGKILL) }
        try? FileManager.default.removeItem(at: folder)
    }

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tmux client through the shell (popen/system wait on it directly). Output is read
    /// only when asked: a command that starts the server would hand the server our pipe.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let command = ([Tmux.executable ?? "tmux", "-S", socket] + arguments).map(Tmux.quoted).joined(separator: " ")
        guard capture else {
            _ = system(command + " </dev/null >/dev/null 2>&1")
            return ""
        }
        guard let pipe = popen(command + " </dev/null 2>/dev/null", "r") else { return "" }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys, capture: false)
    }

    var screen: String { (try? run(["capture-pane", "-p", "-t", "0"])) ?? "" }

    func format(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", "0", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls every 50 ms, up to `timeout` seconds, until the screen satisfies `condition`.
    @discardableResult
    func wait(timeout: Double = 10, for description: String, sourceLocation: SourceLocation = #_sourceLocation,
              until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(description); the pane shows:\n\(screen)", sourceLocation: sourceLocation)
        return false
    }

    @discardableResult
    func wait(for text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        wait(for: "'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the pane's program has ended (its exit status is not reliably reported by
    /// tmux 3.3, so tests that need it run the program under `sh -c` and print `$?`).
    @discardableResult
    func waitUntilDead(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        wait(for: "the program to end", sourceLocation: sourceLocation) { _ in format("#{pane_dead}") == "1" }
    }

    /// The process the pane's shell started (the pane runs `sh -c`, which forks the program).
    var childPID: Int32? {
        let shell = format("#{pane_pid}")
        guard let text = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Int32($0) }
    }
}
