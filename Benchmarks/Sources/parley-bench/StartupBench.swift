import Foundation
import Library
import SyntheticNews

/// The real binary's first frame, `parley --render-once 200x60`, wall clock, best of 3: from a folder of
/// files, and from an indexed library (made once with `parley index` and kept in /tmp between runs).
enum StartupBench {
    /// The release binary beside the benchmarks: `make bench` builds it first.
    static let binary = ProcessInfo.processInfo.environment["PARLEY_BIN"] ?? ".build/release/parley"

    /// `make bench-startup`: these figures alone, on folders written for the purpose.
    static func runAlone(writer: CorpusWriter, sizes: ArraySlice<Int>, out: String) throws {
        try AloneRun.run("startup", writer: writer, sizes: sizes, out: out) { folder, size, results in
            try files(folder: folder, label: "\(size / 1000)k", into: &results)
            if size >= 100_000 { try library(folder: folder, articles: size, label: "\(size / 1000)k", into: &results) }
        }
    }

    static func files(folder: String, label: String, into results: inout Results) throws {
        guard let time = try firstFrame([folder]) else { return }
        results.add("reader first frame, \(label) files (binary, best of 3)", time * 1000, "ms")
    }

    /// The library of the folder's articles, indexed unless /tmp has it from an earlier run.
    static func library(folder: String, articles: Int, label: String, into results: inout Results) throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-startup-\(label).sqlite").path
        let indexed = (try? LibraryStore.open(path: database, create: false).documents().count) ?? 0
        if indexed != articles {
            try? LibraryStore.remove(path: database)
            let time = try Measure.seconds { _ = try run(["index", "--db", database, folder]) }
            results.add("library: parley index \(label) (binary)", time, "s")
        }
        guard let time = try firstFrame(["--db", database]) else { return }
        results.add("reader first frame, \(label) library (binary, best of 3)", time * 1000, "ms")
    }

    /// Seconds to the first frame, the best of three runs; nil (and a note) without a binary to run.
    private static func firstFrame(_ arguments: [String]) throws -> Double? {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("skipped: no parley binary at \(binary) (set PARLEY_BIN)")
            return nil
        }
        return try (0..<3).map { _ in try Measure.seconds { _ = try run(["--render-once", "200x60"] + arguments) } }.min()
    }

    /// Runs the binary to its end with a private home (no config, no default library); its output is dropped.
    private static func run(_ arguments: [String]) throws -> Int32 {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-home-\(getpid())").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
