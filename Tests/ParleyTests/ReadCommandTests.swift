import Foundation
import Testing

/// The reader command's batch behaviour: flags that print and exit, config errors, no tty.
struct ReadCommandTests {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary with stdin from /dev/null (not a terminal) and a private config home.
    static func parley(_ arguments: [String], config: String? = nil, binary: URL = Binary.url,
                       folder: URL = Binary.packageRoot) throws -> Result {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-config-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: home) }
        if let config {
            try FileManager.default.createDirectory(at: home.appendingPathComponent("parley"), withIntermediateDirectories: true)
            try config.write(to: home.appendingPathComponent("parley/config.toml"), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = home.path
        // No default library: the reader reads ./corpus as it always did.
        environment["XDG_DATA_HOME"] = home.path
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      errors: String(decoding: err, as: UTF8.self))
    }

    @Test func withoutATerminalItSaysToUseExtract() throws {
        let result = try Self.parley(["corpus"])
        #expect(result.status == 1)
        #expect(result.errors == "parley: not a terminal; use `parley extract` for batch output\n")
    }

    @Test func renderOnceDrawsTheFirstFrameHeadless() throws {
        let result = try Self.parley(["--render-once", "100x30", "corpus"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == " parley — 2 articles")
        #expect(result.output.filter { $0 == "\n" }.count == 30)
    }

    @Test func oneFileOpensItsArticle() throws {
        let result = try Self.parley(["--render-once", "120x40", "corpus/000_a280059d1002da3e.txt"])
        #expect(result.output.split(separator: "\n").first?.contains(" Document ") == true)
    }

    @Test func printConfigShowsDefaultsAndEveryBinding() throws {
        let result = try Self.parley(["--print-config"])
        #expect(result.status == 0)
        #expect(result.output.contains("theme = \"dark\"\nmax_width = 80\nmouse = false\n"))
        #expect(result.output.contains("next-speaker-quote = [\"]\"]"))
    }

    @Test func printedConfigReadsBackUnchanged() throws {
        let printed = try Self.parley(["--print-config", "--ascii", "--max-width", "70"]).output
        let again = try Self.parley(["--print-config"], config: printed)
        #expect(again.status == 0)
        let body = { (text: String) in text.split(separator: "\n").dropFirst() }
        #expect(body(again.output) == body(printed))
    }

    @Test func configFileAndFlagsCombine() throws {
        let config = "theme = \"light\"\nmax_width = 66\n\n[keys]\ndown = [\"j\", \"C-n\"]\n"
        let result = try Self.parley(["--print-config", "--mouse"], config: config)
        #expect(result.output.contains("theme = \"light\"\nmax_width = 66\nmouse = true\n"))
        #expect(result.output.contains("down = [\"j\", \"C-n\"]"))
    }

    @Test func configErrorsNameFileAndLineAndExitTwo() throws {
        let result = try Self.parley(["--print-config"], config: "theme = \"dark\"\n\n[keys]\nfoo = [\"x\"]\n")
        #expect(result.status == 2)
        #expect(result.errors.hasSuffix("parley/config.toml:4: unknown command 'foo'\n"))
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    @Test func unknownThemeIsAClearError() throws {
        let result = try Self.parley(["--theme", "sepia", "--render-once", "80x24", "corpus"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("parley: theme 'sepia' not found"))
    }

    @Test func helpKeysPrintsTheMarkdownTable() throws {
        let result = try Self.parley(["--help-keys"])
        #expect(result.output.hasPrefix("| Keys | Command | What it does |\n| --- | --- | --- |\n| `j` `Down` | down |"))
    }

    @Test func readmeKeyTableIsTheGeneratedOne() throws {
        let readme = try String(contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = try Self.parley(["--help-keys"]).output
        #expect(readme.contains(table), "README's key table is stale: paste `parley --help-keys` into it")
    }

    /// Copies a binary as an installer would, its descriptor closed on exec: tests run in parallel, and a
    /// child another test starts meanwhile (a tmux server lives long) would otherwise keep the copy open
    /// for writing, so that running it fails with ETXTBSY ("Text file busy").
    static func installCopy(of source: URL, at destination: URL) throws {
        let bytes = try Data(contentsOf: source)
        let descriptor = open(destination.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                offset += written
            }
        }
    }

    /// A child forked while the copy was open still holds it until it execs: try again a moment later.
    static func runFreshCopy(_ run: () throws -> Result) throws -> Result {
        for _ in 0..<50 {
            do {
                return try run()
            } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                usleep(20_000)
            }
        }
        return try run()
    }

    @Test func withoutPathsAnInstalledBinaryReadsItsSampleCorpusAndThemes() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("parley-prefix-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let manager = FileManager.default
        for folder in ["bin", "share/parley/corpus", "share/parley/themes", "elsewhere"] {
            try manager.createDirectory(at: prefix.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Self.installCopy(of: Binary.url, at: prefix.appendingPathComponent("bin/parley"))
        try "Sample title\n\nSample text.\n".write(to: prefix.appendingPathComponent("share/parley/corpus/a.txt"),
                                                  atomically: true, encoding: .utf8)
        try manager.copyItem(at: Binary.packageRoot.appendingPathComponent("Themes/light.toml"),
                             to: prefix.appendingPathComponent("share/parley/themes/light.toml"))
        let result = try Self.runFreshCopy {
            try Self.parley(["--theme", "light", "--render-once", "80x24"], binary: prefix.appendingPathComponent("bin/parley"),
                            folder: prefix.appendingPathComponent("elsewhere"))
        }
        #expect(result.errors == "")
        #expect(result.output.hasPrefix(" parley — 1 article\n Sample title"))
    }
}
