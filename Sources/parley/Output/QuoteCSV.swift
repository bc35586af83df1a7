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

    /// Read and written as UTF-8 bytes: these four are ASCII, and no byte of a longer sequence equals one.
    static func field(_ value: String) -> String {
        let quote = UInt8(ascii: "\"")
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) else { return value }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }
}
