import ArgumentParser
import Corpus
import Evaluation
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score quote attribution against PolNeAR-style gold, as shared/tools/score_attribution.py does.",
        discussion: "Scores the --pred JSONL file, or else parley's own extraction of PATH... (default: the split's text/*.txt).")

    @Option(help: "Split folder with text/ and attributions/.")
    var gold: String

    @Option(help: "Prediction JSONL file (format in score_attribution.py).")
    var pred: String?

    // Unconditional parsing lets a negative N through, which counts from the end as in the script.
    @Option(parsing: .unconditional, help: ArgumentHelp("Score only the first N docs (sorted by name).", valueName: "N"))
    var docs: Int?

    @Option(name: .customLong("show-errors"), parsing: .unconditional,
            help: ArgumentHelp("Print N examples of each error type.", valueName: "N"))
    var showErrors = 0

    @Flag(help: "End with one JSON line of metrics and counts.")
    var json = false

    @Option(help: "System name for the table and JSON (default: the prediction file's name, or parley).")
    var name: String?

    @Argument(help: "Files or folders to extract and score instead of the split's texts.")
    var paths: [String] = []

    func validate() throws {
        if pred != nil && !paths.isEmpty { throw ValidationError("Give either --pred or PATH..., not both.") }
    }

    func run() throws {
        var failed = false
        do {
            let split = try Gold.load(split: gold, limit: docs)
            Diagnostics.warn(split.warnings)
            let predictions: Predictions
            if let pred {
                predictions = try Predictions(file: pred, gold: split.documents)
            } else {
                let sources = paths.isEmpty ? split.documents.map(Self.source) : loadSources(failed: &failed)
                predictions = Predictions(articles: sources.map(Extractor.extract), gold: split.documents)
            }
            Diagnostics.warn(predictions.warnings + predictions.summaryWarnings(scoringAllDocs: (docs ?? 0) == 0))
            print(report(Scorer.score(split.documents, predictions)), terminator: "")
        } catch let error as EvaluationError {
            Diagnostics.error(error.description)
            throw ExitCode.failure
        }
        if failed { throw ExitCode.failure }
    }

    private func report(_ score: Score) -> String {
        // os.path.basename: everything after the last slash, empty for a path ending in one.
        let basename = pred.map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
        let system = name.flatMap { $0.isEmpty ? nil : $0 } ?? basename ?? "parley"
        var out = Report.table(score, system: system, gold: gold)
        if showErrors != 0 { out += Report.errors(score.errors, limit: showErrors) }
        if json { out += Report.jsonLine(score, system: system) }
        return out
    }

    private func loadSources(failed: inout Bool) -> [SourceText] {
        let loaded = Loader.load(paths: paths)
        Diagnostics.report(loaded.problems)
        failed = loaded.hasErrors
        return loaded.sources
    }

    /// The gold text itself, so that extracted offsets are offsets into what the gold annotates.
    private static func source(_ document: GoldDocument) -> SourceText {
        SourceText(doc: document.name, path: document.name + ".txt", text: document.text.string)
    }
}
