import Corpus

/// Every claim of a parsed corpus by its actor's id, in corpus order: the refs of all actors in one
/// array, each actor's a range of it, for one array per actor would cost about as much in headers.
struct ClaimsByActor: Sendable {
    private let refs: [ClaimRef]
    private let ranges: [String: Range<Int32>]
    /// The articles whose claims it holds.
    let articles: Range<Int>

    /// The claims of `articles` of `corpus`, counted first, then put in place: nothing held twice.
    init(_ corpus: ReaderCorpus, articles: Range<Int>) {
        var ranges: [String: Range<Int32>] = [:]
        for article in articles {
            for claim in corpus.articles[article].claims {
                let counted = ranges[claim.actor]?.upperBound ?? 0
                ranges[claim.actor] = 0..<counted + 1
            }
        }
        var start: Int32 = 0
        for index in ranges.values.indices {
            let count = ranges.values[index].count
            ranges.values[index] = start..<start
            start += Int32(count)
        }
        var refs = [ClaimRef](repeating: ClaimRef(article: 0, claim: 0), count: Int(start))
        for article in articles {
            for (index, claim) in corpus.articles[article].claims.enumerated() {
                let range = ranges[claim.actor]!
                refs[Int(range.upperBound)] = ClaimRef(article: article, claim: index)
                ranges[claim.actor] = range.lowerBound..<range.upperBound + 1
            }
        }
        self.refs = refs
        self.ranges = ranges
        self.articles = articles
    }

    subscript(actor: String) -> [ClaimRef] {
        ranges[actor].map { Array(refs[Int($0.lowerBound)..<Int($0.upperBound)]) } ?? []
    }

    /// The claims of `actor` in one article, found by binary search among the actor's (in corpus order).
    subscript(actor: String, in article: Int) -> [ClaimRef] {
        guard let range = ranges[actor] else { return [] }
        let all = refs[Int(range.lowerBound)..<Int(range.upperBound)]
        let first = all.partitionPoint { $0.article >= article }
        return Array(all[first..<all[first...].partitionPoint { $0.article > article }])
    }
}
