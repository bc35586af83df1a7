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
    #expect(firstDifference(run.stdout, expected) == nil)
}

/// Where two texts first differ, with a little context, for a readable failure.
private func firstDifference(_ actual: String, _ expected: String) -> String? {
    let a = Array(actual.unicodeScalars), e = Array(expected.unicodeScalars)
    let shared = min(a.count, e.count)
    guard let offset = (0..<shared).first(where: { a[$0] != e[$0] }) ?? (a.count == e.count ? nil : shared)
    else { return nil }
    func window(_ scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[max(0, offset - 60)..<min(scalars.count, offset + 60)]))
    }
    return "at scalar \(offset): got …\(window(a))… expected …\(window(e))…"
}
