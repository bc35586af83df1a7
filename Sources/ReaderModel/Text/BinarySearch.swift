extension RandomAccessCollection {
    /// The first index whose element is past the point, for a predicate that is false then true
    /// along the collection (`endIndex` when it never holds): one binary search.
    func partitionPoint(where isPast: (Element) -> Bool) -> Index {
        var low = startIndex
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = index(low, offsetBy: half)
            if isPast(self[middle]) {
                length = half
            } else {
                low = index(after: middle)
                length -= half + 1
            }
        }
        return low
    }
}
