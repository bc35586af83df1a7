import ArgumentParser
import Corpus

/// How `parley extract` writes its articles.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case jsonl, json, csv

    func render(_ articles: [Article]) -> String {
        switch self {
        case .jsonl: return articles.map { JSONWriter.encode(ArticleJSON.value($0)) + "\n" }.joined()
        case .json: return JSONWriter.encode(.array(articles.map(ArticleJSON.value)), pretty: true) + "\n"
        case .csv: return QuoteCSV.render(articles)
        }
    }
}
