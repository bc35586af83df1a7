extension Array {
    /// The same elements without the spare room that appending leaves: for arrays an article keeps
    /// for the life of the corpus, where growth's slack would otherwise stay allocated.
    func withoutSpareCapacity() -> [Element] {
        guard capacity > count else { return self }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
