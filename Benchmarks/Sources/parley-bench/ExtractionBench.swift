import Corpus
import Foundation

/// Extraction throughput on synthetic news, on one core and on all of them.
enum ExtractionBench {
    static func run(texts: [String], label: String, into results: inout Results) async -> Double {
        let sources = texts.enumerated().map { SourceText(doc: "a\($0.offset)", path: "", text: $0.element) }
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        let single = Measure.seconds {
            for source in sources { _ = Extractor.extract(source) }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = await Measure.seconds { _ = await extractConcurrently(sources, lanes: cores) }
        results.add("extract \(label): 1 core", megabytes / single, "MB/s", higherIsBetter: true)
        results.add("extract \(label): 1 core", Double(sources.count) / single, "articles/s", higherIsBetter: true)
        results.add("extract \(label): \(cores) cores", megabytes / parallel, "MB/s", higherIsBetter: true)
        results.add("extract \(label): speed-up on \(cores) cores", single / parallel, "x", higherIsBetter: true)
        return single
    }

    /// Articles are independent: one child task per lane, each taking a strided share.
    static func extractConcurrently(_ sources: [SourceText], lanes: Int) async -> Int {
        await withTaskGroup(of: Int.self) { group in
            for lane in 0..<lanes {
                group.addTask {
                    var quotes = 0
                    for index in stride(from: lane, to: sources.count, by: lanes) {
                        quotes += Extractor.extract(sources[index]).quotes.count
                    }
                    return quotes
                }
            }
            return await group.reduce(0, +)
        }
    }
}
