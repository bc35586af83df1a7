import Corpus
import Foundation
import ReaderModel

/// Peak resident memory, measured in a fresh child process so earlier benchmarks do not count.
enum MemoryBench {
    /// Runs in the child: parse the folder (and, for "read", render a frame), then report peak RSS and text size.
    static func child(mode: String, folder: String) {
        let loaded = Loader.load(paths: [folder])
        let textBytes = loaded.sources.reduce(0) { $0 + $1.text.utf8.count }
        let corpus = CorpusBuilder.build(loaded.sources)
        if mode == "read" {
            var session = ReaderSession(corpus: corpus)
            _ = session.handle(.key(.enter))
            _ = session.render(width: 200, height: 60)
        }
        print("\(Measure.peakResidentBytes()) \(textBytes) \(corpus.articles.count)")
    }

    static func run(folder: String, label: String, into results: inout Results) throws {
        for mode in ["extract", "read"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL
            process.arguments = ["--child", mode, folder]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let numbers = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            guard numbers.count == 3, numbers[1] > 0 else { continue }
            results.add("peak memory while \(mode == "read" ? "reading" : "extracting"), \(label)",
                        numbers[0] / 1_000_000, "MB")
            results.add("peak memory / text size while \(mode == "read" ? "reading" : "extracting"), \(label)",
                        numbers[0] / numbers[1], "x")
        }
    }
}
