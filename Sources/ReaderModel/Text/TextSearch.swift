import Corpus

/// Case-insensitive substring search over code points, so that matches are spans. The text is
/// folded once per article (`FoldedText`); a query narrows the occurrences of the query it extends.
enum TextSearch {
    /// One scalar for one: lowercase where lowercasing keeps a single scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    static func needle(_ query: String) -> [Unicode.Scalar] { query.unicodeScalars.map(fold) }

    /// Every start of `needle` in `text`, overlapping ones included, in order.
    static func occurrences(of needle: [Unicode.Scalar], in text: FoldedText) -> ArraySlice<Int32> {
        guard let head = needle.first else { return [] }
        let candidates = ArraySlice(text.occurrences(of: head))
        if needle.count == 1 { return candidates }
        return occurrences(of: needle, in: text, among: candidates, known: 1)
    }

    /// The starts among `candidates` (every start of the first `known` scalars of `needle`) where
    /// the whole needle occurs: a longer query only re-checks the hits of the shorter one. ASCII
    /// is compared in the one-byte keys: a first letter has hundreds of thousands of hits spread
    /// over the whole text.
    static func occurrences(of needle: [Unicode.Scalar], in text: FoldedText, among candidates: ArraySlice<Int32>,
                            known: Int) -> ArraySlice<Int32> {
        let last = text.count - needle.count
        var found: [Int32] = []
        text.keys.withUnsafeBufferPointer { keys in
            needle.withUnsafeBufferPointer { needle in
                candidates.withUnsafeBufferPointer { candidates in
                    for start in candidates where Int(start) <= last
                        && matches(needle, at: Int(start), from: known, keys: keys, text: text) {
                        found.append(start)
                    }
                }
            }
        }
        return ArraySlice(found)
    }

    private static func matches(_ needle: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int, from first: Int,
                                keys: UnsafeBufferPointer<UInt8>, text: FoldedText) -> Bool {
        var index = first
        while index < needle.count {
            let scalar = needle[index]
            let same = scalar.isASCII ? keys[offset + index] == UInt8(scalar.value) : text.holds(scalar, at: offset + index)
            if !same { return false }
            index += 1
        }
        return true
    }

    /// Matches as shown: from the left, each occurrence that does not overlap the one before.
    /// Occurrences can overlap only when the needle's end repeats its beginning ("aa", "that").
    static func matches(_ occurrences: ArraySlice<Int32>, needle: [Unicode.Scalar]) -> SearchMatches {
        guard (1..<max(1, needle.count)).contains(where: { needle.prefix($0).elementsEqual(needle.suffix($0)) }) else {
            return SearchMatches(starts: occurrences, length: needle.count)
        }
        var starts: ArraySlice<Int32> = []
        var free = Int32.min
        for start in occurrences where start >= free {
            starts.append(start)
            free = start + Int32(needle.count)
        }
        return SearchMatches(starts: starts, length: needle.count)
    }
}
