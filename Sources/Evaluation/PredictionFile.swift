import Corpus

/// Reads a predictions JSONL file in the reference scorer's format (see `score_attribution.py`).
///
/// Where that script would stop on a value of the wrong type (a non-string doc, kind, unit or
/// speaker text), the line is reported as not a prediction or the value taken as absent.
enum PredictionFile {
    static func read(_ path: String, documents: [String: GoldDocument]) throws -> Predictions {
        var predictions = Predictions()
        let lines = try PythonFile.text(path).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in zip(1..., lines) {
            let trimmed = PythonString.strip(line)
            if trimmed.isEmpty { continue }
            guard let object = JSONParser.parse(PythonString.string(trimmed)), case .string(let doc)? = object["doc"] else {
                predictions.badLines += 1
                predictions.warnings.append("warning: \(path):\(number): not a prediction object")
                continue
            }
            let name = PythonString.removingSuffix(".txt", from: doc)
            guard let document = documents[name] else {
                predictions.unknownDocs.insert(name)
                continue
            }
            let unit = unitName(object["unit"])
            guard let offsets = converter(unit: unit, text: document.text) else {
                predictions.badLines += 1
                predictions.warnings.append("warning: \(path):\(number): unknown unit \(PythonFormat.repr(unit)), line skipped")
                continue
            }
            predictions.cover(name)
            for item in quoteItems(object["quotes"]) {
                predictions.add(quote(item), doc: name, offsets: offsets)
            }
        }
        return predictions
    }

    private static func quote(_ item: JSONValue) -> PredictedQuote {
        let speaker = item["speaker"]
        var speakerEnds: (start: Int?, end: Int?)?
        if let start = speaker?["start"], start != .null, let end = speaker?["end"], end != .null {
            speakerEnds = (start.pythonInt, end.pythonInt)
        }
        let givenText = item["speaker_text"].flatMap { $0.isTruthy ? $0 : nil }
        let kind = item["kind"].flatMap { $0.isTruthy ? $0 : nil }
        return PredictedQuote(
            start: item["start"]?.pythonInt, end: item["end"]?.pythonInt,
            kind: kind.map { $0.truthyString ?? "" } ?? "direct",
            speaker: speakerEnds,
            speakerText: givenText.map { $0.truthyString } ?? speaker?["text"]?.truthyString,
            entity: item["entity"]?.truthyString)
    }

    /// `obj.get("quotes") or []` iterated as Python would: a dict yields its keys and a string its
    /// characters, none of them a quote object.
    private static func quoteItems(_ value: JSONValue?) -> [JSONValue] {
        switch value {
        case .array(let items)?: return items
        case .object(let fields)?: return fields.keys.map { .string($0) }
        case .string(let string)?: return string.unicodeScalars.map { .string(String($0)) }
        default: return []
        }
    }

    /// `(obj.get("unit") or "codepoint").lower()`.
    private static func unitName(_ value: JSONValue?) -> String {
        guard let value, value.isTruthy else { return "codepoint" }
        guard case .string(let name) = value else { return String(describing: value) }
        return PythonString.lower(name)
    }

    private static func converter(unit: String, text: ArticleText) -> ((Int, Bool) -> Int)? {
        switch unit {
        case "utf8", "utf-8", "byte", "bytes": return ByteOffsets(text.scalars).codePoint
        case "codepoint", "codepoints", "char", "chars": return Predictions.codePoints(in: text)
        default: return nil
        }
    }
}
