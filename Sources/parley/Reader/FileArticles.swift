import Corpus
import ReaderModel

/// The reader's articles from files, read when opened: a file gone or unreadable since the list was
/// made is a message, not a crash.
struct FileArticles: ArticleSource {
    let paths: [String]

    func article(at index: Int) -> Result<Article, ArticleUnavailable> {
        Self.read(paths[index]).map(Extractor.extract)
    }

    /// One file, decoded; the problem in one line naming it when it cannot be.
    static func read(_ path: String) -> Result<SourceText, ArticleUnavailable> {
        Loader.load(file: path).mapError { ArticleUnavailable($0.description) }
    }
}
