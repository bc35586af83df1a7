import Dispatch

/// Work started on another thread now, its result collected later: the indexer extracts the next slice
/// of files while it stores the current one.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once before `finished` is signalled, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.finished.signal()
        }
    }

    /// The result, once the work is done; call once.
    func wait() -> Value {
        finished.wait()
        return value!
    }
}
