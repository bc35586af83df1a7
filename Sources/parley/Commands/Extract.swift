import ArgumentParser
import Corpus
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the structure, quotes and claims of each article.")

    @Argument(help: "Files or folders to read; - for standard input.")
    var paths: [String] = ["corpus"]

    func run() throws {
        let loaded = Loader.load(paths: paths)
        for problem in loaded.problems {
            FileHandle.standardError.write(Data("parley: \(problem)\n".utf8))
        }
        let corpus = CorpusBuilder.build(loaded.sources)
        var out = ""
        for article in corpus.articles {
            out += JSONWriter.encode(ArticleJSON.value(article)) + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if loaded.problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
