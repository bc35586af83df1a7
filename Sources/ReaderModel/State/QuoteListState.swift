import Corpus

/// A quote found by the library's search (`parley search`'s engine), as the reader shows it.
public struct LibraryHit: Hashable, Sendable {
    public var doc: String
    /// The quote's id; nil when the hit is a claim that does not come from a quote.
    public var quote: String?
    public var span: Span
    public var speaker: String?
    public var text: String

    public init(doc: String, quote: String?, span: Span, speaker: String?, text: String) {
        self.doc = doc
        self.quote = quote
        self.span = span
        self.speaker = speaker
        self.text = text
    }
}

/// A screen listing quotes from across the library: the bookmarks, or the hits of a library search.
/// Enter opens a quote's article at the quote.
public struct QuoteListState: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case bookmarks
        case results(query: String)
    }

    public struct Row: Hashable, Sendable {
        public var doc: String
        /// The article's title when it is in the reader's corpus, else its doc name.
        public var title: String
        public var quote: String?
        public var span: Span?
        public var speaker: String?
        public var text: String
    }

    public var kind: Kind
    public var rows: [Row]
    public var cursor = 0
    public var top = 0
}

extension QuoteListState.Row {
    init(_ mark: QuoteMark, title: String) {
        self.init(doc: mark.doc, title: title, quote: mark.quote, span: mark.span, speaker: mark.speaker, text: mark.text ?? mark.quote)
    }

    init(_ hit: LibraryHit, title: String) {
        self.init(doc: hit.doc, title: title, quote: hit.quote, span: hit.span, speaker: hit.speaker, text: hit.text)
    }
}
