import Foundation
import Testing

/// The JSONL records `parley extract` printed, checked against the texts they were made from.
struct ExtractRecords {
    let records: [[String: Any]]

    /// Every line must be one JSON object.
    init(_ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        records = try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                         sourceLocation: sourceLocation)
        }
    }

    var docs: [String] { records.compactMap { $0["doc"] as? String } }

    /// Each record must have a value under `key` that is an array; its elements.
    func list(_ key: String, of record: Int = 0) -> [[String: Any]] {
        records.indices.contains(record) ? (records[record][key] as? [[String: Any]] ?? []) : []
    }

    /// The spans of `record` that leave `text`, or whose quoted text is not the text at their offsets
    /// (code points into `text` exactly as decoded); empty when all is well.
    func badSpans(of record: Int = 0, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var bad: [String] = []
        func visit(_ value: Any, at path: String) {
            if let object = value as? [String: Any] {
                if let start = object["start"] as? Int, let end = object["end"] as? Int {
                    if !(0 <= start && start <= end && end <= scalars.count) {
                        bad.append("\(path): \(start)..<\(end) outside 0..<\(scalars.count)")
                    } else if let quoted = object["text"] as? String, Array(quoted.unicodeScalars) != Array(scalars[start..<end]) {
                        bad.append("\(path): text differs from the file at \(start)..<\(end)")
                    }
                }
                for (key, member) in object { visit(member, at: path + "." + key) }
            } else if let array = value as? [Any] {
                for (index, element) in array.enumerated() { visit(element, at: "\(path)[\(index)]") }
            }
        }
        if records.indices.contains(record) { visit(records[record], at: "record") }
        return bad
    }
}
