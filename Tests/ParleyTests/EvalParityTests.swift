import Foundation
import Testing

/// `parley eval` must agree with the reference scorer, shared/tools/score_attribution.py, to the character.
struct EvalParityTests {
    static let fixture = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/eval")
    static let predictions = fixture.appendingPathComponent("predictions.jsonl").path

    /// The nearest `shared/tools/score_attribution.py` above the package: packageRoot/../shared in the
    /// main checkout, one level further up from a worktree under wt/.
    static func referenceScorer() throws -> URL {
        var folder = Binary.packageRoot.deletingLastPathComponent()
        while folder.path != "/" {
            let script = folder.appendingPathComponent("shared/tools/score_attribution.py")
            if FileManager.default.fileExists(atPath: script.path) { return script }
            folder = folder.deletingLastPathComponent()
        }
        throw ParityError("shared/tools/score_attribution.py not found above \(Binary.packageRoot.path)")
    }

    static func python(_ arguments: [String]) throws -> ProcessRun {
        let run = try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", try referenceScorer().path] + arguments)
        // env exits 127 when it cannot find python3.
        guard run.status != 127 else { throw ParityError("python3 is required to run the reference scorer") }
        return run
    }

    struct ParityError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The final JSON line of a scorer's output, as a flat dictionary of metrics and counts.
    static func figures(_ output: String) throws -> [String: Double] {
        let line = try #require(output.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        var figures: [String: Double] = [:]
        for (key, value) in object {
            if let number = value as? NSNumber { figures[key] = number.doubleValue }
        }
        for (key, value) in try #require(object["counts"] as? [String: Any]) {
            figures["counts." + key] = try #require(value as? NSNumber).doubleValue
        }
        return figures
    }

    @Test func everyMetricAndCountMatchesTheReferenceScorer() throws {
        let arguments = ["--gold", Self.fixture.path, "--pred", Self.predictions, "--json"]
        let reference = try Self.python(arguments)
        let ours = try ProcessRun.parley(["eval"] + arguments)
        #expect(reference.status == 0, "reference scorer failed: \(reference.stderr)")
        #expect(ours.status == 0, "parley eval failed: \(ours.stderr)")
        let expected = try Self.figures(reference.stdout)
        let actual = try Self.figures(ours.stdout)
        #expect(expected.count == 24)
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[key] == value, "\(key)")
        }
        #expect(Set(actual.keys) == Set(expected.keys))
        #expect(ours.stdout == reference.stdout)
    }

    @Test func theTableAndErrorExamplesMatchTheReferenceScorer() throws {
        let arguments = ["--gold", Self.fixture.path, "--pred", Self.predictions, "--show-errors", "3"]
        let reference = try Self.python(arguments)
        let ours = try ProcessRun.parley(["eval"] + arguments)
        #expect(ours.stdout == reference.stdout)
        #expect(ours.stdout.contains("=== matched gold direct quotes with a wrong speaker (first 3 of 1) ==="))
    }

    @Test func theWarningsMatchTheReferenceScorer() throws {
        let arguments = ["--gold", Self.fixture.path, "--pred", Self.predictions]
        let reference = try Self.python(arguments)
        let ours = try ProcessRun.parley(["eval"] + arguments)
        #expect(ours.stderrLines.map { $0.replacingOccurrences(of: "parley: ", with: "") } == reference.stderrLines)
        #expect(ours.stderrLines.count == 4)
    }

    @Test func scoringTheFirstDocsMatchesTheReferenceScorer() throws {
        let arguments = ["--gold", Self.fixture.path, "--pred", Self.predictions, "--docs", "2", "--json", "--name", "fixture"]
        let reference = try Self.python(arguments)
        let ours = try ProcessRun.parley(["eval"] + arguments)
        #expect(ours.stdout == reference.stdout)
        #expect(ours.stdout.hasPrefix("system: fixture "))
    }
}
