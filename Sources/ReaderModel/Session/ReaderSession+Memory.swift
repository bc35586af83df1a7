/// What the executable feeds the session from the library: remembered reading state at start-up,
/// answers to library searches, and store failures.
extension ReaderSession {
    /// Start-up: reopens where the last run left off. The returned effects (an article opened marked
    /// read) are to be performed like any others.
    public mutating func remember(_ marks: ReadingMarks) -> [Effect] {
        state.remember(marks)
    }

    public mutating func librarySearchFinished(query: String, hits: [LibraryHit]) -> [Effect] {
        state.apply(.librarySearchResults(query: query, hits: hits))
    }

    /// The library failed: one line in the status bar; reading goes on.
    public mutating func libraryFailed(_ problem: String) {
        _ = state.apply(.libraryProblem(problem))
    }
}
