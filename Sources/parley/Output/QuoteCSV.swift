import Corpus

/// One row per quote, RFC 4180: fields with a comma, quote or line break are quoted, records end in CRLF.
enum QuoteCSV {
    static let header = ["doc", "quote_id", "kind", "start", "end", "speaker", "actor", "entity", "cue", "text"]

    static func render(_ articles: [Article]) -> String {
        var out = record(header)
        for article in articles {
            let text = article.text
            for quote in article.quotes {
                out += record([
                    article.doc, quote.id, quote.kind.rawValue, String(quote.span.start), String(quote.span.end),
                    quote.speaker.map(text.string) ?? "", quote.actor ?? "",
                    quote.actor.flatMap { article.actor(id: $0)?.name } ?? "",
                    quote.cue.map(text.string) ?? "", text.string(quote.span),
                ])
            }
        }
        return out
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
