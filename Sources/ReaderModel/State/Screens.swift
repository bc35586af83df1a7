import Corpus

/// Which part of the article view has the keyboard.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case actors, document, claims
}

/// Whose actors the sidebar lists.
public enum ActorScope: Hashable, Sendable {
    case article, corpus
}

public struct ListState: Hashable, Sendable {
    /// Article indices that pass the filter, in corpus order.
    public var rows: [Int]
    public var cursor = 0
    public var top = 0
    public var filter = ""
    /// The filters typed so far that the filter extends, shortest first, with their rows: typing
    /// narrows the last one and deleting goes back to one.
    var filterSteps: [FilterStep] = []
}

/// One filter of the list, lowercased, and the rows that pass it.
struct FilterStep: Hashable, Sendable {
    var needle: String
    var rows: [Int]
}

/// An in-article search: the query, every match, and the one last jumped to.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var matches = SearchMatches()
    public var current: Int?
    /// The queries typed so far that the query extends, shortest first, with their occurrences:
    /// typing narrows the last one and deleting goes back to one.
    var steps: [SearchStep] = []
}

/// One query of an incremental search, folded, with every start of it (overlapping ones too).
struct SearchStep: Hashable, Sendable {
    var needle: [Unicode.Scalar]
    var occurrences: ArraySlice<Int32>
    var matches: SearchMatches
}

public struct ArticleState: Hashable, Sendable {
    public var index: Int
    public var layout: DocumentLayout
    public let quotes: QuoteIndex
    /// The article's text case-folded, for searching it.
    public let folded: FoldedText
    /// First document line on screen.
    public var top = 0
    /// The code point the view was last placed by (a restored position, a resize), while it stays there.
    public var anchor: TopAnchor?
    public var focus: Pane = .document
    public var scope: ActorScope = .article
    public var actors: [ActorRow] = []
    public var actorCursor = 0
    public var actorTop = 0
    public var claims: [ClaimRef] = []
    public var claimCursor = 0
    public var claimTop = 0
    /// Position in `quoteOrder` of the current quote.
    public var currentQuote: Int?
    public var search = SearchState()

    /// A view of article `index` at its top, its text wrapped to `width`.
    init(index: Int, article: Article, width: Int) {
        self.index = index
        layout = DocumentLayout(text: article.text, width: width)
        quotes = QuoteIndex(Array(article.quotes))
        folded = FoldedText(article.text)
    }

    /// Indices into the article's quotes, in text order.
    public var quoteOrder: [Int] { quotes.order }

    public var selectedActor: ActorRow? {
        actors.indices.contains(actorCursor) ? actors[actorCursor] : nil
    }
}

/// One cell of the compare table: the claims of one actor on one topic.
public struct CompareState: Hashable, Sendable {
    public var actors: [String]
    public var topics: [String]
    /// cells[row][column]: claims on topics[row] by actors[column].
    public var cells: [[[ClaimRef]]]
    public var row = 0
    public var column = 0
    public var top = 0
}

/// A level of the reader; the state keeps a stack of them and `q` pops one.
public enum Screen: Hashable, Sendable {
    case list(ListState)
    case article(ArticleState)
    case compare(CompareState)
    case quotes(QuoteListState)
}

/// What a line typed in the status line is for.
public enum PromptPurpose: Hashable, Sendable {
    /// Filter the list or search the article, live.
    case find
    /// Search the whole library, on Enter.
    case library
}

/// A line being typed in the status line.
public struct Prompt: Hashable, Sendable {
    public var text = ""
    public var purpose: PromptPurpose = .find
    /// The document's top line when typing began, restored when the search is cancelled.
    public var origin: Int
}
