import Corpus
import Library
import ReaderModel
import Synchronization

/// The reader's articles from a library: the list from its documents, an article extracted from its
/// stored text when opened (the file's text when the row has none), actors and claims across the
/// corpus from its tables. Ids are the library's throughout.
final class LibraryArticles: ArticleSource, CorpusFacts {
    let store: LibraryStore
    let documents: [IndexedDocument]
    /// Index in `documents` by row, to place claims; made when claims are first asked for.
    private let positions: Mutex<[Int64: Int]?> = Mutex(nil)

    init(store: LibraryStore, documents: [IndexedDocument]) {
        self.store = store
        self.documents = documents
    }

    var summaries: [ArticleSummary] {
        documents.map { ArticleSummary(doc: $0.doc, path: $0.path, title: $0.title, subtitle: $0.byline ?? $0.date) }
    }

    func article(at index: Int) -> Result<Article, ArticleUnavailable> {
        let document = documents[index]
        do {
            let stored = try store.text(path: document.path)
            let source: SourceText
            if let stored, !stored.isEmpty {
                source = SourceText(doc: document.doc, path: document.path, text: stored)
            } else {
                switch FileArticles.read(document.path) {
                case .success(let read): source = read
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(try store.withLibraryIDs(Extractor.extract(source), path: document.path))
        } catch {
            return .failure(ArticleUnavailable(error.description))
        }
    }

    func actors() -> [CorpusActor] {
        (try? store.actors()) ?? []
    }

    func claims(by actor: String) -> [CorpusClaim] {
        let stored = (try? store.claims(by: actor)) ?? []
        let positions = positions.withLock { positions in
            if let positions { return positions }
            let made = Dictionary(documents.enumerated().map { ($1.row, $0) }, uniquingKeysWith: { first, _ in first })
            positions = made
            return made
        }
        return stored.compactMap { claim in
            positions[claim.document].map {
                CorpusClaim(ref: ClaimRef(article: $0, claim: claim.position), claim: claim.claim, key: claim.row)
            }
        }
    }

    func evidence(of claim: CorpusClaim) -> String {
        (try? store.evidence(ofClaim: claim.key)) ?? ""
    }

    /// Quotes and actors per article: a pass over the library's quotes and mentions, so it is made after
    /// the first frame (`BackgroundCounts`).
    func counts() -> [ArticleCounts]? {
        guard let counts = try? store.documentCounts() else { return nil }
        return documents.map { document in
            counts[document.path].map { ArticleCounts(quotes: $0.quotes, actors: $0.actors) } ?? ArticleCounts(quotes: 0, actors: 0)
        }
    }
}
