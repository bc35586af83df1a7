import Foundation
import SyntheticNews

/// One part of the suite run on its own (`--library-only`, `--startup-only`): a synthetic folder per size,
/// written for the run and removed after it, then the figures saved.
enum AloneRun {
    static func run(_ name: String, writer: CorpusWriter, sizes: ArraySlice<Int>, out: String,
                    measure: (_ folder: String, _ size: Int, inout Results) throws -> Void) throws {
        var results = Results()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(name)-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for size in sizes {
            let folder = scratch + "/\(size)"
            try writer.write(articles: size, seed: 42, to: folder)
            try measure(folder, size, &results)
        }
        for regression in try results.save(to: out) { print("REGRESSION \(regression)") }
    }
}
