@testable import Corpus
import Foundation

/// The shipped sample corpus, parsed once as a corpus (so actor ids are corpus-wide).
enum SeedArticles {
    static let corpus: ParsedCorpus = {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus")
        return CorpusBuilder.build(Loader.load(paths: [folder.path]).sources)
    }()

    static func article(_ doc: String) -> Article? {
        corpus.articles.first { $0.doc == doc }
    }
}
