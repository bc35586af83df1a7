import Corpus

/// Everything one scoring run found: counts, metrics and the examples behind each kind of error.
public struct Score: Sendable {
    public let counts: Counts
    public let metrics: Metrics
    public let errors: ErrorExamples
}

public struct ErrorExamples: Sendable {
    /// Gold direct quotes no system quote covers.
    public var missed: [(doc: GoldDocument, gold: GoldAttribution)] = []
    /// System direct quotes that cover no gold content.
    public var spurious: [(doc: GoldDocument, quote: SystemQuote)] = []
    /// Gold direct quotes found, but with no matching quote naming the right speaker.
    public var wrongSpeaker: [(doc: GoldDocument, gold: GoldAttribution, matches: [SystemQuote])] = []
}

/// Pools the reference scorer's metrics over all documents (see `score_attribution.py`).
public enum Scorer {
    public static func score(_ documents: [GoldDocument], _ predictions: Predictions) -> Score {
        var c = Counts()
        c.docs = documents.count
        var errors = ErrorExamples()
        for doc in documents {
            let quotes: [SystemQuote]
            if let predicted = predictions.quotes[doc.name] {
                quotes = predicted
            } else {
                c.docsWithoutPred += 1
                quotes = []
            }
            c.sysAll += quotes.count
            for quote in quotes where quote.isDirect {
                c.sysDirect += 1
                let best = doc.attributions.map { quote.span.overlap($0.content) }.max() ?? 0
                if best > 0 && Double(best) >= 0.5 * Double(quote.span.length) {
                    c.precHits += 1
                } else {
                    errors.spurious.append((doc, quote))
                }
            }
            for gold in doc.attributions {
                c.goldAll += 1
                if gold.direct {
                    c.goldDirect += 1
                    c.goldDirectOpening += gold.opensQuote ? 1 : 0
                    c.goldDirectNoSource += gold.source.isEmpty ? 1 : 0
                }
                let matches = matching(gold, quotes)
                if matches.isEmpty {
                    if gold.direct { errors.missed.append((doc, gold)) }
                    continue
                }
                c.recAll += 1
                let right = matches.contains { SpeakerMatch.isRight($0, for: gold) }
                c.e2eAll += right ? 1 : 0
                if gold.direct {
                    c.recDirect += 1
                    c.e2eDirect += right ? 1 : 0
                    c.recDirectOpening += gold.opensQuote ? 1 : 0
                    c.e2eDirectOpening += right && gold.opensQuote ? 1 : 0
                    if !right { errors.wrongSpeaker.append((doc, gold, matches)) }
                }
            }
        }
        return Score(counts: c, metrics: Metrics(c), errors: errors)
    }

    /// System quotes (of any kind) covering at least half of the gold content, and at least one character.
    static func matching(_ gold: GoldAttribution, _ quotes: [SystemQuote]) -> [SystemQuote] {
        let need = max(0.5 * Double(gold.content.length), 1)
        return quotes.filter { Double($0.span.overlap(gold.content)) >= need }
    }
}
