import Corpus
import Foundation
import SyntheticNews

/// parley-bench [--large] [--library-only | --extract-only | --reader-only [--only NAME]] [--out FILE] [--source DIR]: the performance
/// suite (see README, "Performance").
@main
struct Bench {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--child", arguments.count == 3 {
            MemoryBench.child(mode: arguments[1], folder: arguments[2])
            return
        }
        let large = arguments.contains("--large")
        let out = option("--out", in: arguments, default: "bench/results.json")
        let writer = try CorpusWriter(sourceFolder: option("--source", in: arguments, default: "corpus"))
        let sizes = large ? [1_000, 10_000, 100_000] : [1_000, 10_000]
        var results = Results()
        if arguments.contains("--only") { results.only = option("--only", in: arguments, default: "") }
        if arguments.contains("--library-only") {
            return try LibraryBench.runAlone(writer: writer, sizes: sizes.dropFirst(), out: out)
        }
        if arguments.contains("--reader-only") {
            ReaderBench.interaction(writer: writer, into: &results)
            for regression in try results.save(to: out) { print("REGRESSION \(regression)") }
            return
        }
        if arguments.contains("--startup-only") {
            return try StartupBench.runAlone(writer: writer, sizes: sizes.dropFirst(), out: out)
        }

        var previous: (size: Int, time: Double)?
        let extractOnly = arguments.contains("--extract-only")
        for size in sizes {
            let time = await ExtractionBench.run(texts: writer.texts(articles: size, seed: 42), label: "\(size / 1000)k",
                                                 into: &results)
            if let previous {
                let ratio = time / (Double(size / previous.size) * previous.time)
                results.add("scaling \(size / 1000)k vs \(previous.size / 1000)k: time ratio / size ratio", ratio, "ratio")
            }
            previous = (size, time)
        }
        if extractOnly {
            for regression in try results.save(to: out) { print("REGRESSION \(regression)") }
            return
        }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for size in sizes.dropFirst() {
            let folder = scratch + "/\(size)"
            try writer.write(articles: size, seed: 42, to: folder)
            try MemoryBench.run(folder: folder, label: "\(size / 1000)k", into: &results)
            ReaderBench.startup(folder: folder, label: "\(size / 1000)k", into: &results)
            try StartupBench.files(folder: folder, label: "\(size / 1000)k", into: &results)
            if size >= 100_000 { try StartupBench.library(folder: folder, articles: size, label: "\(size / 1000)k", into: &results) }
            try LibraryBench.run(folder: folder, articles: size, label: "\(size / 1000)k", into: &results)
        }

        ReaderBench.interaction(writer: writer, into: &results)

        PathologicalBench.run(scale: large ? 50_000_000 : 10_000_000, into: &results)

        let regressions = try results.save(to: out)
        print("\nwrote \(out)")
        for regression in regressions { print("REGRESSION \(regression)") }
    }

    static func option(_ name: String, in arguments: [String], default value: String) -> String {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
        return arguments[index + 1]
    }
}
