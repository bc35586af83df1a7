import Corpus

extension Predictions {
    /// The quotes parley extracted, read as the JSONL `parley extract` writes would be.
    public init(articles: [Article], gold: [GoldDocument]) {
        self.init()
        let documents = Dictionary(gold.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for article in articles {
            guard let document = documents[article.doc] else {
                unknownDocs.insert(article.doc)
                continue
            }
            cover(article.doc)
            for quote in article.quotes {
                let entity = quote.actor.flatMap { article.actor(id: $0)?.name }
                let speakerText = quote.speaker.map { article.text.string($0) }
                add(PredictedQuote(start: quote.span.start, end: quote.span.end, kind: quote.kind.rawValue,
                                   speaker: quote.speaker.map { ($0.start, $0.end) },
                                   speakerText: speakerText?.isEmpty == false ? speakerText : nil,
                                   entity: entity?.isEmpty == false ? entity : nil),
                    doc: article.doc, offsets: Predictions.codePoints(in: document.text))
            }
        }
    }

    /// Reads a predictions JSONL file, keeping only the docs of the gold split.
    public init(file path: String, gold: [GoldDocument]) throws {
        let documents = Dictionary(gold.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self = try PredictionFile.read(path, documents: documents)
    }

    /// The scorer's summary warnings; unknown docs are expected, and not reported, when only some docs are scored.
    public func summaryWarnings(scoringAllDocs: Bool) -> [String] {
        var lines: [String] = []
        if !unknownDocs.isEmpty && scoringAllDocs {
            lines.append("warning: \(unknownDocs.count) predicted docs not in gold, ignored")
        }
        if badSpans > 0 { lines.append("warning: \(badSpans) predicted quotes with empty/invalid spans ignored") }
        return lines
    }
}
