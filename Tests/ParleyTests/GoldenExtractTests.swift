import Foundation
import Testing

/// `parley extract corpus/` against a reviewed golden file. Record a new one with PARLEY_RECORD=1 and
/// review the diff before committing it.
@Test func extractOfTheSampleCorpusMatchesItsGolden() throws {
    let golden = Binary.packageRoot.appendingPathComponent("Tests/ParleyTests/Goldens/corpus.jsonl")
    let run = try ProcessRun.parley(["extract", "corpus"], in: Binary.packageRoot)
    #expect(run.status == 0)
    if ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1" {
        try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    let actualLines = run.stdout.split(separator: "\n")
    let expectedLines = expected.split(separator: "\n")
    #expect(actualLines.count == expectedLines.count)
    for (actual, wanted) in zip(actualLines, expectedLines) {
        #expect(actual == wanted, "extract output differs from Tests/ParleyTests/Goldens/corpus.jsonl")
    }
}
