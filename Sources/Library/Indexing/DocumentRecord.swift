import Corpus

/// One document as the library stores it: what `parley index` extracts and what a `parley extract`
/// JSONL line carries, in one shape, with every text resolved.
struct DocumentRecord: Sendable {
    struct QuoteRow: Sendable {
        var quote: Quote
        var text: String
    }

    struct ClaimRow: Sendable {
        var claim: Claim
        /// Only when the claim does not come from a quote.
        var text: String?
    }

    var doc: String
    var path: String
    /// Of the file's bytes; nil when the file was not read here.
    var contentHash: Int64?
    var mtime: Double?
    var title: String
    var byline: String?
    var date: String?
    var text: String
    var actors: [Actor]
    var quotes: [QuoteRow]
    var claims: [ClaimRow]
}

extension DocumentRecord {
    /// The record of an extracted article, stored under `path` with the hash of its file.
    init(_ article: Article, path: String, contentHash: Int64?, mtime: Double?) {
        let text = article.text
        let string = text.string
        self.init(doc: article.doc, path: path, contentHash: contentHash, mtime: mtime,
                  title: article.title, byline: article.byline, date: article.dateline, text: string,
                  actors: Array(article.actors),
                  quotes: article.quotes.map { QuoteRow(quote: $0, text: text.string($0.span)) },
                  claims: article.claims.map { ClaimRow(claim: $0, text: $0.quote == nil ? text.string($0.span) : nil) })
    }
}
