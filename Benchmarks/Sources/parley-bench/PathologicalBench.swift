import Corpus
import Foundation

/// Inputs built to provoke super-linear behaviour; each must stay proportional to its size.
enum PathologicalBench {
    static func run(scale: Int, into results: inout Results) {
        let cases: [(String, (Int) -> String)] = [
            ("quotation marks", { String(repeating: "\"“«", count: $0 / 3) }),
            ("single line", { String(repeating: "He said the plan “would not work” and left. ", count: $0 / 45) }),
            ("one-line paragraphs", { count in
                (0..<(count / 24)).map { "Para \($0) said “yes”.\n\n" }.joined()
            }),
        ]
        for (name, make) in cases {
            let small = make(scale / 10)
            let large = make(scale)
            let smallTime = Measure.seconds { _ = Extractor.extract(SourceText(doc: "p", path: "", text: small)) }
            let largeTime = Measure.seconds { _ = Extractor.extract(SourceText(doc: "p", path: "", text: large)) }
            let megabytes = Double(large.utf8.count) / 1_000_000
            results.add("pathological \(name), \(Int(megabytes)) MB", megabytes / largeTime, "MB/s", higherIsBetter: true)
            results.add("pathological \(name): time(10x) / 10·time(1x)", largeTime / (10 * smallTime), "ratio")
        }
    }
}
