/// An article's quotes, stored compactly: the quotes of a corpus are many, and as `Quote` values each
/// would hold its id and actor id as strings and its optional spans with padding. Ids are "q1", "q2"…
/// in order unless given otherwise; actor ids are stored once each, in a table an article shares with
/// its claims.
public struct QuoteList: RandomAccessCollection, Sendable {
    private struct Record {
        var span: Span
        var speaker: Span
        var cue: Span
        /// Index into `actorIDs`, or -1.
        var actor: Int32
        var kind: QuoteKind
        var hasSpeaker: Bool
        var hasCue: Bool
    }

    private var records: [Record]
    /// Given by `Article`, one table for its quotes and claims.
    var actorIDs = StringTable()
    /// Empty when every id is the numbered one.
    private let ids: [String]

    /// The quotes, their actor ids numbered in `actorIDs`, whose table is then given to this list.
    init(_ quotes: [Quote], actorIDs: inout StringTable.Builder) {
        records = quotes.map { quote in
            Record(span: quote.span, speaker: quote.speaker ?? Span(0, 0), cue: quote.cue ?? Span(0, 0),
                   actor: quote.actor.map { actorIDs.index(of: $0) } ?? -1, kind: quote.kind,
                   hasSpeaker: quote.speaker != nil, hasCue: quote.cue != nil)
        }.withoutSpareCapacity()
        let numbered = quotes.indices.allSatisfy { quotes[$0].id.hasSameUTF8(as: Self.id(at: $0)) }
        ids = numbered ? [] : quotes.map(\.id)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> Quote {
        let record = records[position]
        return Quote(id: ids.isEmpty ? Self.id(at: position) : ids[position], span: record.span, kind: record.kind,
                     speaker: record.hasSpeaker ? record.speaker : nil, cue: record.hasCue ? record.cue : nil,
                     actor: record.actor < 0 ? nil : actorIDs[record.actor])
    }

    /// The span of the quote at `position` and its actor's number (-1 for none), which `actorID(number:)`
    /// names: without the strings a `Quote` is made with, for indexing the thousands of quotes of a long article.
    public func spanAndActor(at position: Int) -> (span: Span, actor: Int) {
        let record = records[position]
        return (record.span, Int(record.actor))
    }

    /// The actor id of a number given by `spanAndActor(at:)`.
    public func actorID(number: Int) -> String { actorIDs[Int32(number)] }

    /// The id the extractor gives the quote at `position`.
    static func id(at position: Int) -> String { "q\(position + 1)" }
}
