import Corpus

extension ReaderState {
    /// Incremental search: every match of `query`, ignoring case, and a jump to the first one at
    /// or after where the search began.
    mutating func search(_ query: String, from origin: Int) {
        guard var view = article else { return }
        view.folded.fold(bytes: .max)
        view.search = view.search.searching(query, in: view.folded)
        view.top = origin
        if !view.search.matches.isEmpty {
            let offset = view.layout.lines.indices.contains(origin) ? view.layout.lines[origin].start : 0
            let after = view.search.matches.partitionPoint { $0.start >= offset }
            let first = after < view.search.matches.count ? after : 0
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

extension SearchState {
    /// The search for `query` in `folded`. A query that extends an earlier one of this search
    /// re-checks only that one's occurrences; one that shortens it takes its earlier result.
    func searching(_ query: String, in folded: FoldedText) -> SearchState {
        let needle = TextSearch.needle(query)
        var steps = self.steps
        while let last = steps.last, !needle.starts(with: last.needle) { steps.removeLast() }
        if !needle.isEmpty, steps.last?.needle.count != needle.count {
            let occurrences = steps.last.map {
                TextSearch.occurrences(of: needle, in: folded, among: $0.occurrences, known: $0.needle.count)
            } ?? TextSearch.occurrences(of: needle, in: folded)
            steps.append(SearchStep(needle: needle, occurrences: occurrences,
                                    matches: TextSearch.matches(occurrences, needle: needle)))
        }
        return SearchState(query: query, matches: steps.last?.matches ?? SearchMatches(), current: nil, steps: steps)
    }
}
