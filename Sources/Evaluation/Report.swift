import Corpus

/// The reference scorer's output, character for character: the table, error examples and the JSON line.
public enum Report {
    /// `system` names the predictions; `gold` is the split folder exactly as given.
    public static func table(_ score: Score, system: String, gold: String) -> String {
        let c = score.counts
        let m = score.metrics
        var out = "system: \(system)   gold: \(gold)   docs: \(c.docs) (without prediction: \(c.docsWithoutPred))\n"
        out += "gold attributions: \(c.goldAll) (direct \(c.goldDirect), of which without source \(c.goldDirectNoSource))"
            + "   system quotes: \(c.sysAll) (direct \(c.sysDirect))\n"
        let rows: [(String, Double, String)] = [
            ("direct precision", m.directPrecision, "\(c.precHits)/\(c.sysDirect)"),
            ("direct recall", m.directRecall, "\(c.recDirect)/\(c.goldDirect)"),
            ("direct F1", m.directF1, ""),
            ("e2e direct accuracy", m.e2eDirectAccuracy, "\(c.e2eDirect)/\(c.goldDirect)"),
            ("e2e all-attribution accuracy", m.e2eAllAccuracy, "\(c.e2eAll)/\(c.goldAll)"),
            ("all-attribution recall", m.allRecall, "\(c.recAll)/\(c.goldAll)"),
            ("  direct recall, opens w/ quote", m.directRecallOpening, "\(c.recDirectOpening)/\(c.goldDirectOpening)"),
            ("  direct recall, mixed", m.directRecallMixed,
             "\(c.recDirect - c.recDirectOpening)/\(c.goldDirect - c.goldDirectOpening)"),
            ("  e2e direct, opens w/ quote", m.e2eDirectOpeningAccuracy, "\(c.e2eDirectOpening)/\(c.goldDirectOpening)"),
        ]
        out += pad("metric", 32) + String(repeating: " ", count: 3) + "value  counts\n"
        for (label, value, count) in rows {
            out += pad(label, 32) + PythonFormat.fixed(value, places: 3, width: 8) + "  " + count + "\n"
        }
        return out
    }

    /// `{"system": ..., <metrics rounded to 4 places>, "counts": {...}}` as `json.dumps` writes it.
    public static func jsonLine(_ score: Score, system: String) -> String {
        let metrics = score.metrics.named.map { "\(PythonFormat.jsonString($0)): \(PythonFormat.rounded($1, places: 4))" }
        let counts = score.counts.named.map { "\(PythonFormat.jsonString($0)): \($1)" }
        return "{\"system\": \(PythonFormat.jsonString(system)), " + metrics.joined(separator: ", ")
            + ", \"counts\": {" + counts.joined(separator: ", ") + "}}\n"
    }

    /// Up to `limit` examples of each error type, with their context (a negative limit drops from the end).
    public static func errors(_ errors: ErrorExamples, limit: Int) -> String {
        var out = "\n=== missed gold direct quotes (first \(limit) of \(errors.missed.count)) ===\n"
        for (doc, gold) in errors.missed.prefix(pythonSlice: limit) {
            out += "- \(doc.name) \(gold.eid) \(range(gold.content)) source=\(PythonFormat.repr(gold.sourceText))\n"
            out += "    " + context(doc.text, gold.content) + "\n"
        }
        out += "\n=== system direct quotes matching no gold content (first \(limit) of \(errors.spurious.count)) ===\n"
        for (doc, quote) in errors.spurious.prefix(pythonSlice: limit) {
            out += "- \(doc.name) \(range(quote.span)) speaker_text=\(PythonFormat.repr(quote.speakerText))\n"
            out += "    " + context(doc.text, quote.span) + "\n"
        }
        out += "\n=== matched gold direct quotes with a wrong speaker (first \(limit) of \(errors.wrongSpeaker.count)) ===\n"
        for (doc, gold, matches) in errors.wrongSpeaker.prefix(pythonSlice: limit) {
            let system = matches.map { quote in
                PythonFormat.repr(quote.speakerText)
                    + (quote.speaker.map { " @" + range($0) } ?? "")
                    + (quote.entity.map { " entity=" + PythonFormat.repr($0) } ?? "")
            }.joined(separator: "; ")
            out += "- \(doc.name) \(gold.eid) gold source=\(PythonFormat.repr(gold.sourceText)) system=\(system)\n"
            out += "    " + context(doc.text, gold.content) + "\n"
        }
        return out
    }

    private static func range(_ span: Span) -> String { "[\(span.start),\(span.end))" }

    /// The span in [[ ]] with 70 characters either side, a long middle elided, newlines shown as ⏎.
    static func context(_ text: ArticleText, _ span: Span, width: Int = 70) -> String {
        let scalars = text.scalars
        let left = scalars[clamped: Span(max(0, span.start - width), span.start)]
        var middle = Array(scalars[clamped: span])
        if middle.count > 240 {
            middle = Array(middle.prefix(110)) + Array(" [...] ".unicodeScalars) + Array(middle.suffix(110))
        }
        let right = scalars[clamped: Span(span.end, span.end + width)]
        let joined = PythonString.string(Array(left) + Array("[[".unicodeScalars) + middle + Array("]]".unicodeScalars) + Array(right))
        return joined.replacingNewlines()
    }

    /// `format(text, "<width")` for the ASCII labels.
    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
    }
}

private extension String {
    func replacingNewlines() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" { out.append(contentsOf: " \u{23CE} ".unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
