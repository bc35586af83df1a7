import ArgumentParser
import Foundation
import Library

/// How `parley search` prints its hits.
enum SearchFormat: String, CaseIterable, ExpressibleByArgument {
    case text, jsonl, csv

    static let csvHeader = ["source", "doc", "path", "id", "start", "end", "kind", "actor", "speaker", "topic", "stance", "score", "text"]

    func render(_ hits: [SearchHit]) -> String {
        switch self {
        case .text: return hits.map(Self.text).joined()
        case .jsonl: return hits.map { JSONWriter.encode(Self.json($0)) + "\n" }.joined()
        case .csv: return QuoteCSV.record(Self.csvHeader) + hits.map { QuoteCSV.record(Self.fields($0)) }.joined()
        }
    }

    /// Two lines a hit: where and who, then the words on one indented line.
    private static func text(_ hit: SearchHit) -> String {
        let claim = hit.topic.map { topic in "  [\(topic)\(hit.stance.map { ", " + $0.rawValue } ?? "")]" } ?? ""
        let words = hit.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(hit.doc):\(hit.span.start)-\(hit.span.end)  \(hit.kind?.rawValue ?? "claim")  \(hit.speaker ?? "unattributed")\(claim)\n    \(words)\n"
    }

    private static func json(_ hit: SearchHit) -> JSONWriter.Value {
        .object([
            ("source", .string(hit.source.rawValue)), ("doc", .string(hit.doc)), ("path", .string(hit.path)), ("id", .string(hit.id)),
            ("start", .int(hit.span.start)), ("end", .int(hit.span.end)), ("kind", .string(hit.kind?.rawValue)),
            ("actor", .string(hit.actor)), ("speaker", .string(hit.speaker)), ("topic", .string(hit.topic)),
            ("stance", .string(hit.stance?.rawValue)), ("score", .raw(score(hit.score))), ("text", .string(hit.text)),
        ])
    }

    private static func fields(_ hit: SearchHit) -> [String] {
        [hit.source.rawValue, hit.doc, hit.path, hit.id, String(hit.span.start), String(hit.span.end), hit.kind?.rawValue ?? "",
         hit.actor ?? "", hit.speaker ?? "", hit.topic ?? "", hit.stance?.rawValue ?? "", score(hit.score), hit.text]
    }

    private static func score(_ value: Double) -> String { String(format: "%.4f", value) }
}
