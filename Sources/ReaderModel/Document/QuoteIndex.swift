import Corpus

/// An article's quotes in text order, so that the quotes on screen and a speaker's next quote are
/// found by binary search, never by a pass over every quote of a long article.
public struct QuoteIndex: Hashable, Sendable {
    /// Indices into the article's quotes, sorted by span.
    public let order: [Int]
    /// The span of each quote of `order`.
    let spans: [Span]
    /// The furthest end among the quotes of `order` up to each one: every quote before the first
    /// whose reach passes an offset ends at or before it.
    let reach: [Int]
    /// Positions in `order` of each actor's quotes, ascending.
    let byActor: [String: [Int]]

    public init(_ quotes: [Quote]) {
        order = quotes.indices.sorted { quotes[$0].span < quotes[$1].span }
        spans = order.map { quotes[$0].span }
        var furthest = Int.min
        reach = spans.map { span in
            furthest = max(furthest, span.end)
            return furthest
        }
        var byActor: [String: [Int]] = [:]
        for (position, quote) in order.enumerated() {
            if let actor = quotes[quote].actor { byActor[actor, default: []].append(position) }
        }
        self.byActor = byActor
    }

    /// How many quotes `actor` has.
    func count(of actor: String) -> Int {
        byActor[actor]?.count ?? 0
    }

    /// Positions in `order` of the quotes that overlap `range` or start inside it, in order.
    func positions(touching range: Span) -> [Int] {
        let first = min(reach.partitionPoint { $0 > range.start }, spans.partitionPoint { $0.start >= range.start })
        let end = spans.partitionPoint { $0.start >= range.end }
        guard first < end else { return [] }
        return (first..<end).filter { spans[$0].overlap(range) > 0 || spans[$0].start >= range.start }
    }
}
