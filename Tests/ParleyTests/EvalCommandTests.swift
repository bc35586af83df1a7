import Foundation
import Testing
import TestSupport

private let fixture = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/eval")

@Test func evalWithoutPredictionsScoresParleysOwnExtraction() throws {
    let run = try ProcessRun.parley(["eval", "--gold", fixture.path, "--json"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "system: parley   gold: \(fixture.path)   docs: 3 (without prediction: 0)")
    // Two summary lines, the metric header, nine metrics, the JSON line.
    #expect(lines.count == 13)
}

/// Scoring extraction in process must equal scoring the JSONL `parley extract` prints, with the reference scorer.
@Test func evalOfPathsAgreesWithScoringExtractOutput() throws {
    let texts = ["senate_vote", "zurich_talks"].map { fixture.appendingPathComponent("text/\($0).txt").path }
    let extracted = try ProcessRun.parley(["extract"] + texts)
    let folder = try TempFolder()
    let predictions = try folder.write("parley.jsonl", extracted.stdout)
    let reference = try EvalParityTests.python(["--gold", fixture.path, "--pred", predictions, "--json", "--name", "parley"])
    let ours = try ProcessRun.parley(["eval", "--gold", fixture.path, "--json"] + texts)
    #expect(ours.status == 0)
    #expect(ours.stdout == reference.stdout)
    #expect(ours.stdout.contains("(without prediction: 1)"))
}

@Test func evalReportsAPathThatCannotBeLoadedAndStillScores() throws {
    let run = try ProcessRun.parley(["eval", "--gold", fixture.path, "/nonexistent.txt"])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: /nonexistent.txt: no such file or directory"])
    #expect(run.stdout.contains("(without prediction: 3)"))
}
