import Synchronization

/// A value made the first time it is read, then kept: for what the first frame does not need (the list
/// filter's keys over 100,000 titles). Copies of the owner share it; the value depends only on what
/// `make` captured, so sharing is safe.
final class Deferred<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let made: Mutex<Value?>

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        made = Mutex(nil)
    }

    /// A value made already, when there is a better moment to make it than its first read.
    init(made value: Value) {
        make = { value }
        made = Mutex(value)
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
