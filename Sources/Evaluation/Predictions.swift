import Corpus

/// One quote of the system under evaluation, in code points of the gold text.
public struct SystemQuote: Sendable {
    public let span: Span
    /// Lowercased; "partial" is already folded into "direct".
    public let kind: String
    public let speaker: Span?
    public let speakerText: String?
    public let entity: String?

    public var isDirect: Bool { kind == "direct" }
    /// Gives no speaker at all, which is right for a gold attribution without a source.
    public var hasNoSpeaker: Bool { speaker == nil && speakerText == nil && entity == nil }
}

/// A predicted quote as given, before its offsets are converted and checked.
struct PredictedQuote {
    /// nil where the offset is missing or not an integer.
    var start: Int?
    var end: Int?
    var kind: String
    /// Present only when both ends were given; an end that is not an integer is nil.
    var speaker: (start: Int?, end: Int?)?
    /// Empty strings already made nil.
    var speakerText: String?
    var entity: String?
}

/// System quotes by doc name, and what was wrong with the input.
public struct Predictions: Sendable {
    /// A doc present here has a prediction, even with no quotes.
    public private(set) var quotes: [String: [SystemQuote]] = [:]
    public internal(set) var badLines = 0
    public internal(set) var unknownDocs: Set<String> = []
    public private(set) var badSpans = 0
    /// One line each, for standard error.
    public internal(set) var warnings: [String] = []

    public init() {}

    /// Marks the doc as predicted, with or without quotes.
    mutating func cover(_ doc: String) {
        if quotes[doc] == nil { quotes[doc] = [] }
    }

    /// `offsets` maps an offset (and whether it ends a span) to a code point of the doc's text.
    mutating func add(_ quote: PredictedQuote, doc: String, offsets: (Int, Bool) -> Int) {
        cover(doc)
        guard let start = quote.start, let end = quote.end else { return badSpans += 1 }
        let span = Span(offsets(start, false), offsets(end, true))
        guard span.end > span.start else { return badSpans += 1 }
        var speaker: Span?
        if let given = quote.speaker, let start = given.start, let end = given.end {
            let candidate = Span(offsets(start, false), offsets(end, true))
            if candidate.end > candidate.start { speaker = candidate }
        }
        let kind = PythonString.lower(quote.kind)
        quotes[doc, default: []].append(SystemQuote(span: span, kind: kind == "partial" ? "direct" : kind,
                                                    speaker: speaker, speakerText: quote.speakerText, entity: quote.entity))
    }

    /// Code point offsets, clamped to the text.
    static func codePoints(in text: ArticleText) -> (Int, Bool) -> Int {
        { offset, _ in max(0, min(offset, text.count)) }
    }
}
