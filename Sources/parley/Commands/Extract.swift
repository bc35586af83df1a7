import ArgumentParser
import Corpus
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the structure, quotes and claims of each article.")

    @Argument(help: "Files or folders to read; - for standard input.")
    var paths: [String] = ["corpus"]

    @Option(help: "Output format: jsonl (one article a line), json (one array) or csv (one quote a row).")
    var format: OutputFormat = .jsonl

    func run() throws {
        let loaded = Loader.load(paths: paths)
        Diagnostics.report(loaded.problems)
        let corpus = CorpusBuilder.build(loaded.sources)
        let rendered = format.render(corpus.articles)
        let onTerminal = isatty(STDOUT_FILENO) == 1
        FileHandle.standardOutput.write(Data((onTerminal ? InertText.visible(rendered) : rendered).utf8))
        if loaded.hasErrors { throw ExitCode.failure }
    }
}
