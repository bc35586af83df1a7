extension ReaderState {
    /// Rows of articles visible under the list header, above the status line.
    var listPage: Int { max(1, size.height - 2) }

    mutating func listCommand(_ command: Command) -> [Effect] {
        if let motion = Motion(command, page: listPage) {
            list.cursor = motion.applied(to: list.cursor, count: list.rows.count)
            return []
        }
        switch command {
        case .nextArticle: list.cursor = Motion.by(1).applied(to: list.cursor, count: list.rows.count)
        case .prevArticle: list.cursor = Motion.by(-1).applied(to: list.cursor, count: list.rows.count)
        case .open:
            guard list.rows.indices.contains(list.cursor) else {
                message = "no article to open"
                return []
            }
            if let view = makeArticle(list.rows[list.cursor]) { stack.append(.article(view)) }
        case .search:
            prompt = Prompt(text: list.filter, origin: list.cursor)
        case .close:
            if !list.filter.isEmpty { setFilter("") }
        case .back:
            return [.quit]
        case .compare:
            openCompare()
        default:
            break
        }
        return []
    }

    /// Filters the list live, on title, doc and byline, ignoring case. A filter that extends an
    /// earlier one only looks again at the rows that passed it; deleting goes back to those rows.
    mutating func setFilter(_ filter: String) {
        let needle = filter.lowercased()
        var steps = needle.isEmpty ? [] : list.filterSteps
        while let last = steps.last, !needle.hasPrefix(last.needle) { steps.removeLast() }
        if !needle.isEmpty, steps.last?.needle != needle {
            let candidates = steps.last?.rows ?? Array(corpus.summaries.indices)
            steps.append(FilterStep(needle: needle, rows: index.filterKeys.filter(candidates, including: needle)))
        }
        list.filter = filter
        list.filterSteps = steps
        list.rows = steps.last?.rows ?? Array(corpus.summaries.indices)
        list.cursor = 0
        list.top = 0
    }
}
