import Corpus

extension ReaderState {
    /// Incremental search: every match of `query`, ignoring case, and a jump to the first one at
    /// or after where the search began.
    mutating func search(_ query: String, from origin: Int) {
        guard var view = article else { return }
        let folded = view.folded ?? TextSearch.fold(corpus.articles[view.index].text.scalars)
        view.folded = folded
        view.search = SearchState(query: query, matches: TextSearch.matches(of: query, in: folded))
        view.top = origin
        if !view.search.matches.isEmpty {
            let offset = view.layout.lines.indices.contains(origin) ? view.layout.lines[origin].start : 0
            let first = view.search.matches.firstIndex { $0.start >= offset } ?? 0
            view.search.current = first
            reveal(view.search.matches[first], in: &view)
        }
        article = view
    }

    /// n/N with wrapping.
    mutating func stepMatch(forward: Bool, in view: inout ArticleState) {
        let matches = view.search.matches
        guard !matches.isEmpty else {
            message = view.search.query.isEmpty ? "no search; / starts one" : "not found: \(view.search.query)"
            return
        }
        var next = (view.search.current ?? (forward ? -1 : matches.count)) + (forward ? 1 : -1)
        if !matches.indices.contains(next) {
            next = forward ? 0 : matches.count - 1
            message = forward ? "last match, wrapped to first" : "first match, wrapped to last"
        }
        view.search.current = next
        reveal(matches[next], in: &view)
    }
}

/// Case-insensitive substring search over code points, so that matches are spans.
enum TextSearch {
    /// One scalar for one: lowercase where lowercasing keeps a single scalar.
    static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        scalars.map(fold)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    static func matches(of query: String, in folded: [Unicode.Scalar]) -> [Span] {
        let needle = query.unicodeScalars.map(fold)
        guard let head = needle.first, needle.count <= folded.count else { return [] }
        var spans: [Span] = []
        var offset = 0
        let last = folded.count - needle.count
        while offset <= last {
            if folded[offset] == head, folded[offset..<(offset + needle.count)].elementsEqual(needle) {
                spans.append(Span(offset, offset + needle.count))
                offset += needle.count
            } else {
                offset += 1
            }
        }
        return spans
    }
}
