import ArgumentParser
import Corpus
import Library

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store articles' actors, quotes and claims in the library, extracting only new or changed files.",
        discussion: """
            Files gone from the folders given are dropped from the library. Each article is committed on its own: \
            an interrupted run keeps what it stored, and the next run carries on.
            """)

    @Argument(help: "Files or folders to index.")
    var paths: [String] = []

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Start from an empty library, replacing the file at the library path (also a damaged or foreign one).")
    var rebuild = false

    @Option(name: .customLong("from-jsonl"),
            help: ArgumentHelp("Load `parley extract` JSONL made elsewhere (- for standard input) instead of extracting.",
                               valueName: "FILE"))
    var fromJSONL: String?

    func validate() throws {
        if paths.isEmpty && fromJSONL == nil { throw ValidationError("Give files or folders to index, or --from-jsonl FILE.") }
        if paths.contains("-") { throw ValidationError("Standard input cannot be indexed: give files or folders.") }
    }

    func run() throws {
        let store = try library.open(create: true, rebuild: rebuild)
        let bar = ProgressBar()
        var summary = IndexSummary()
        if let fromJSONL {
            summary.add(try libraryCall { try JSONLImport(store: store).load(file: fromJSONL, progress: bar.update) })
            bar.finish()
        }
        if !paths.isEmpty {
            summary.add(try libraryCall { try Indexer(store: store).index(paths: paths, progress: bar.update) })
            bar.finish()
        }
        Diagnostics.report(summary.problems)
        print(summary.line)
        if summary.problems.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
