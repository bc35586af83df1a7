/// One parsed article: its text and everything the engine found in it. Immutable once built.
public struct Article: Sendable, Identifiable {
    /// File stem, e.g. "002_e1d31f4d4fa66c48".
    public var id: String { doc }
    public let doc: String
    public let path: String
    public let text: ArticleText
    public let title: String
    public let segments: [Segment]
    public let sentences: [Sentence]
    // Settable here so that corpus-wide ids are given in place, without a second copy of the parts.
    public internal(set) var actors: ActorList
    public internal(set) var quotes: QuoteList
    public internal(set) var claims: ClaimList

    public init(doc: String, path: String, text: ArticleText, title: String, segments: [Segment],
                sentences: [Sentence], actors: [Actor], quotes: [Quote], claims: [Claim]) {
        self.doc = doc
        self.path = path
        self.text = text
        self.title = title
        self.segments = segments
        self.sentences = sentences
        self.actors = ActorList(actors)
        var actorIDs = StringTable.Builder()
        self.quotes = QuoteList(quotes, actorIDs: &actorIDs)
        self.claims = ClaimList(claims, actorIDs: &actorIDs)
        setActorIDs(actorIDs.build())
    }

    /// One table of actor ids for quotes and claims: the claims' actors are nearly always the quotes'.
    private mutating func setActorIDs(_ table: StringTable) {
        quotes.actorIDs = table
        claims.actorIDs = table
    }

    /// Actor ids replaced by their new ids, where they have one, in the one table.
    mutating func renameActors(_ ids: [String: String]) {
        var table = quotes.actorIDs
        // Released first, so that the renaming has the only reference and rewrites the table in place.
        setActorIDs(StringTable())
        table.rename(ids)
        setActorIDs(table)
    }

    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
    public func quote(id: String) -> Quote? { quotes.first { $0.id == id } }
    public func segments(of kind: SegmentKind) -> [Segment] { segments.filter { $0.kind == kind } }
    public var byline: String? { segments(of: .byline).first.map { text.string($0.span) } }
    public var dateline: String? { segments(of: .dateline).first.map { text.string($0.span) } }
}
