import Corpus

/// One slice of the files to index, read and sorted: the unchanged ones counted, the others extracted
/// and ready to store.
struct PreparedChunk: Sendable {
    /// What the library holds for a path.
    struct Known: Sendable {
        var hash: Int64?
        var engine: String
    }

    var problems: [LoadProblem] = []
    /// Paths (absolute) to keep in the library: the files read, and those that could not be.
    var seen: [String] = []
    var unchanged = 0
    var records: [DocumentRecord] = []

    init(files: [String], known: [String: Known], engineVersion: String) {
        let loaded = Loader.load(paths: files)
        problems = loaded.problems
        seen = loaded.problems.map { Indexer.absolute($0.path) }
        var stale: [(source: SourceText, path: String)] = []
        for source in loaded.sources {
            let path = Indexer.absolute(source.path)
            seen.append(path)
            if let old = known[path], old.engine == engineVersion, old.hash == ContentHash.of(source.text) {
                unchanged += 1
            } else {
                stale.append((source, path))
            }
        }
        let articles = CorpusBuilder.build(stale.map(\.source)).articles
        records = zip(articles, stale).map { article, item in
            DocumentRecord(article, path: item.path, mtime: Indexer.modificationTime(item.source.path))
        }
    }
}
