import Dispatch

/// Runs the extractor over many sources on all cores, keeping their order.
enum ParallelExtraction {
    /// Each slot is written by exactly one iteration, so the unchecked sharing is safe.
    private final class Slots: @unchecked Sendable {
        var articles: [Article?]
        init(count: Int) { articles = Array(repeating: nil, count: count) }
    }

    static func extract(_ sources: [SourceText]) -> [Article] {
        guard sources.count > 1 else { return sources.map(Extractor.extract) }
        let slots = Slots(count: sources.count)
        slots.articles.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let address = Int(bitPattern: base)
            DispatchQueue.concurrentPerform(iterations: sources.count) { index in
                let pointer = UnsafeMutablePointer<Article?>(bitPattern: address)!
                pointer[index] = Extractor.extract(sources[index])
            }
        }
        return slots.articles.map { $0! }
    }
}
