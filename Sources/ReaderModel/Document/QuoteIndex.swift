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

    /// Made from each quote's span and actor number, not from `Quote` values: making those (an id
    /// string each) took most of the time to open an article of 20,000 quotes.
    public init(_ quotes: QuoteList) {
        let placed = quotes.indices.map { quotes.spanAndActor(at: $0) }
        order = placed.indices.sorted { placed[$0].span < placed[$1].span }
        spans = order.map { placed[$0].span }
        var furthest = Int.min
        reach = spans.map { span in
            furthest = max(furthest, span.end)
            return furthest
        }
        // Grouped by actor number first: a few actors, so an array of them, not a dictionary lookup a quote.
        var byNumber = [[Int]](repeating: [], count: (placed.map(\.actor).max() ?? -1) + 1)
        for (position, quote) in order.enumerated() where placed[quote].actor >= 0 {
            byNumber[placed[quote].actor].append(position)
        }
        // Numbers are ids as code points; ids equal as strings (composed apart) are one actor.
        byActor = Dictionary(byNumber.indices.filter { !byNumber[$0].isEmpty }.map { (quotes.actorID(number: $0), byNumber[$0]) }) {
            ($0 + $1).sorted()
        }
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
