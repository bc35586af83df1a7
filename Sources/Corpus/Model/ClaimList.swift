/// An article's claims, stored compactly like its quotes (`QuoteList`): ids "c1", "c2"… in order unless
/// given otherwise, actor ids and topics stored once each, quote ids "q12" kept as their number. An
/// article's claims share its quotes' table of actor ids.
public struct ClaimList: RandomAccessCollection, Sendable {
    private struct Record {
        var span: Span
        /// Index into `actorIDs`.
        var actor: Int32
        /// Index into `topics`.
        var topic: Int32
        /// The number of a quote id "q<number>"; -1 for none; else -2 - its index into `otherQuotes`.
        var quote: Int32
        var stance: Stance
    }

    private var records: [Record]
    /// Given by `Article`, one table for its quotes and claims.
    var actorIDs = StringTable()
    private let topics: StringTable
    /// Quote ids not of the form "q<number>"; usually none.
    private let otherQuotes: StringTable
    /// Empty when every id is the numbered one.
    private let ids: [String]

    /// The claims, their actor ids numbered in `actorIDs`, whose table is then given to this list.
    init(_ claims: [Claim], actorIDs: inout StringTable.Builder) {
        var topics = StringTable.Builder()
        var otherQuotes = StringTable.Builder()
        records = claims.map { claim in
            Record(span: claim.span, actor: actorIDs.index(of: claim.actor), topic: topics.index(of: claim.topic),
                   quote: claim.quote.map { Self.quoteNumber($0) ?? -2 - otherQuotes.index(of: $0) } ?? -1,
                   stance: claim.stance)
        }.withoutSpareCapacity()
        self.topics = topics.build()
        self.otherQuotes = otherQuotes.build()
        let numbered = claims.indices.allSatisfy { Self.number(of: claims[$0].id, after: UInt8(ascii: "c")) == Int32($0 + 1) }
        ids = numbered ? [] : claims.map(\.id)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> Claim {
        let record = records[position]
        let quote = record.quote >= 0 ? "q\(record.quote)" : record.quote == -1 ? nil : otherQuotes[-2 - record.quote]
        return Claim(id: ids.isEmpty ? Self.id(at: position) : ids[position], actor: actorIDs[record.actor],
                     topic: topics[record.topic], stance: record.stance, span: record.span, quote: quote)
    }

    /// The topic of the claim at `position`, without making the claim: compare groups thousands by it.
    public func topic(at position: Int) -> String {
        topics[records[position].topic]
    }

    /// The id the extractor gives the claim at `position`.
    static func id(at position: Int) -> String { "c\(position + 1)" }

    /// The number of a quote id written exactly "q<number>", as `QuoteList` numbers them.
    private static func quoteNumber(_ id: String) -> Int32? {
        number(of: id, after: UInt8(ascii: "q"))
    }

    /// The number of an id written exactly `prefix` and a number that fits an `Int32` (`"q\(number)"`),
    /// read from its bytes: no number written back to compare.
    private static func number(of id: String, after prefix: UInt8) -> Int32? {
        var id = id
        return id.withUTF8 { bytes in
            // Ten digits at most, with no sign and no leading zero.
            guard bytes.count >= 2, bytes.count <= 11, bytes[0] == prefix,
                  bytes[1] != UInt8(ascii: "0") || bytes.count == 2 else { return nil }
            var number = 0
            for byte in bytes.dropFirst() {
                guard byte &- UInt8(ascii: "0") < 10 else { return nil }
                number = number * 10 + Int(byte &- UInt8(ascii: "0"))
            }
            return Int32(exactly: number)
        }
    }
}
