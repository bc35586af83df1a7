import Corpus

/// Case-insensitive substring search over code points, so that matches are spans. The text is
/// folded once per article; a query narrows the occurrences of the query it extends.
enum TextSearch {
    /// One scalar for one: lowercase where lowercasing keeps a single scalar. ASCII is folded
    /// inline; other scalars once each per text, since Unicode lookups cost a string each.
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var folded: [UInt32: Unicode.Scalar] = [:]
        return scalars.map { scalar in
            let value = scalar.value
            if value < 0x80 { return value &- 65 < 26 ? Unicode.Scalar(UInt8(value + 32)) : scalar }
            if let known = folded[value] { return known }
            let result = fold(scalar)
            folded[value] = result
            return result
        }
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    static func needle(_ query: String) -> [Unicode.Scalar] { query.unicodeScalars.map(fold) }

    /// Every start of `needle` in `folded`, overlapping ones included, in order.
    static func occurrences(of needle: [Unicode.Scalar], in folded: [Unicode.Scalar]) -> [Int] {
        guard let head = needle.first, needle.count <= folded.count else { return [] }
        let last = folded.count - needle.count
        var starts: [Int] = []
        folded.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                var offset = 0
                while offset <= last {
                    if text[offset] == head, matches(needle, in: text, at: offset, from: 1) { starts.append(offset) }
                    offset += 1
                }
            }
        }
        return starts
    }

    /// The starts among `candidates` (every start of a prefix of `needle`, `known` scalars long)
    /// where the whole needle occurs: a longer query only re-checks the hits of the shorter one.
    static func occurrences(of needle: [Unicode.Scalar], in folded: [Unicode.Scalar], among candidates: [Int],
                            known: Int) -> [Int] {
        let last = folded.count - needle.count
        return folded.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                candidates.filter { $0 <= last && matches(needle, in: text, at: $0, from: known) }
            }
        }
    }

    private static func matches(_ needle: UnsafeBufferPointer<Unicode.Scalar>, in text: UnsafeBufferPointer<Unicode.Scalar>,
                                at offset: Int, from first: Int) -> Bool {
        var index = first
        while index < needle.count {
            if text[offset + index] != needle[index] { return false }
            index += 1
        }
        return true
    }

    /// Matches as shown: from the left, each occurrence that does not overlap the one before.
    static func matches(_ occurrences: [Int], length: Int) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(occurrences.count)
        var free = 0
        for start in occurrences where start >= free {
            spans.append(Span(start, start + length))
            free = start + length
        }
        return spans
    }

    static func matches(of query: String, in folded: [Unicode.Scalar]) -> [Span] {
        let needle = needle(query)
        return matches(occurrences(of: needle, in: folded), length: needle.count)
    }
}
