import Corpus
import Foundation

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
        // Unchanged files are told by the hash of their bytes, without decoding them.
        var hashes: [String: Int64] = [:]
        var stale: [String] = []
        for file in files {
            let path = Indexer.absolute(file)
            let hash = FileManager.default.contents(atPath: file).map(ContentHash.of)
            if let hash, let old = known[path], old.engine == engineVersion, old.hash == hash {
                unchanged += 1
                seen.append(path)
            } else {
                // An unreadable file goes to the loader too, which says why it cannot be read.
                hashes[file] = hash
                stale.append(file)
            }
        }
        let loaded = Loader.load(paths: stale)
        problems = loaded.problems
        seen += loaded.problems.map { Indexer.absolute($0.path) } + loaded.sources.map { Indexer.absolute($0.path) }
        let articles = CorpusBuilder.build(loaded.sources).articles
        records = zip(articles, loaded.sources).map { article, source in
            DocumentRecord(article, path: Indexer.absolute(source.path), contentHash: hashes[source.path],
                           mtime: Indexer.modificationTime(source.path))
        }
    }
}
