import Foundation

/// The outcome of running a program to completion.
struct ProcessRun {
    let status: Int32
    let stdout: String
    let stderr: String

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Runs `executable` with `arguments`, feeding `input` on standard input. Output goes through
    /// temporary files, so a chatty program never blocks on a full pipe.
    /// `environment` is added to this process's own.
    static func run(_ executable: URL, _ arguments: [String], input: Data = Data(),
                    in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProcessRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-run-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        try input.write(to: paths[0])
        try Data().write(to: paths[1])
        try Data().write(to: paths[2])
        let handles = try (FileHandle(forReadingFrom: paths[0]), FileHandle(forWritingTo: paths[1]), FileHandle(forWritingTo: paths[2]))
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardInput = handles.0
        process.standardOutput = handles.1
        process.standardError = handles.2
        try process.run()
        process.waitUntilExit()
        try [handles.0, handles.1, handles.2].forEach { try $0.close() }
        return ProcessRun(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: paths[1]), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self))
    }

    /// Runs the built `parley` binary.
    static func parley(_ arguments: [String], input: Data = Data(), in directory: URL? = nil,
                       environment: [String: String] = [:]) throws -> ProcessRun {
        try run(Binary.url, arguments, input: input, in: directory, environment: environment)
    }

    /// Root reads files whatever their mode, so as root the binary runs as nobody.
    static func parleyWithoutPrivileges(_ arguments: [String]) throws -> ProcessRun {
        guard geteuid() == 0 else { return try parley(arguments) }
        return try run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                       ["--reuid=65534", "--regid=65534", "--clear-groups", Binary.url.path] + arguments)
    }
}
