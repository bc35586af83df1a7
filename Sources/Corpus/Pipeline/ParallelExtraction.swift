import Dispatch

/// Runs a per-source step over many sources on all cores, keeping their order.
enum ParallelExtraction {
    /// Each slot is written by exactly one iteration, so the unchecked sharing is safe.
    private final class Slots<Value>: @unchecked Sendable {
        var values: [Value?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    static func extract(_ sources: [SourceText]) -> [Article] {
        map(sources[...]) { Extractor.extract($0) }
    }

    static func map<Source: Sendable, Value>(_ sources: ArraySlice<Source>, _ step: @Sendable (Source) -> Value) -> [Value] {
        guard sources.count > 1 else { return sources.map(step) }
        let slots = Slots<Value>(count: sources.count)
        let first = sources.startIndex
        slots.values.withUnsafeMutableBufferPointer { buffer in
            let address = Int(bitPattern: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: sources.count) { index in
                let pointer = UnsafeMutablePointer<Value?>(bitPattern: address)!
                pointer[index] = step(sources[first + index])
            }
        }
        return slots.values.map { $0! }
    }
}
