import Corpus

/// What one indexing run did.
public struct IndexSummary: Sendable, Equatable {
    public var new = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Inputs that could not be read or stored, one line each; the run went on without them.
    public var problems: [LoadProblem] = []

    public init() {}

    /// Adds another run's counts and problems, for a command that imports and indexes at once.
    public mutating func add(_ other: IndexSummary) {
        new += other.new
        changed += other.changed
        removed += other.removed
        unchanged += other.unchanged
        problems += other.problems
    }

    public var line: String {
        "indexed \(new) new, \(changed) changed, \(removed) removed, \(unchanged) unchanged"
    }

    public static func == (a: IndexSummary, b: IndexSummary) -> Bool {
        (a.new, a.changed, a.removed, a.unchanged) == (b.new, b.changed, b.removed, b.unchanged)
            && a.problems.map(\.description) == b.problems.map(\.description)
    }
}

/// How far a run is, reported after each commit.
public struct IndexProgress: Sendable {
    /// Documents looked at so far, stored or found unchanged.
    public var done: Int
    /// Documents in the run, when known before it ends.
    public var total: Int?
    /// Share of the work done, 0...1, for an estimate of the time left.
    public var fraction: Double

    public init(done: Int, total: Int?, fraction: Double) {
        self.done = done
        self.total = total
        self.fraction = fraction
    }
}
