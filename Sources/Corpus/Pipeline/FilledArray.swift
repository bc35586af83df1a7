extension Array {
    /// `Array(repeating:count:)` for short arrays made per article: that initializer calls into the
    /// runtime for the array's generic type each time, a metadata lookup costing hundreds of
    /// instructions, where reserving and appending are specialized here and find the type once. For
    /// long arrays filling element by element costs as much again, and `repeating` is as good.
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
