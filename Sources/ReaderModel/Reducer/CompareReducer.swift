extension ReaderState {
    /// Rows of topics on screen in the compare view: below its border and header, above the
    /// evidence box.
    var comparePage: Int { max(1, CompareGeometry(size: size).rows.height) }

    /// c: the marked actors side by side, one row per topic, across the whole corpus.
    mutating func openCompare() {
        guard corpus.isParsed else {
            message = "compare needs the whole corpus; still parsing (\(parsedCount)/\(corpus.count))"
            return
        }
        guard marked.count >= 2 else {
            message = "mark at least two actors with m to compare (\(marked.count) marked)"
            return
        }
        // Each marked actor's claims by topic, in one pass: the most quoted of a large library have tens of thousands.
        let byTopic = marked.map { actor in corpus.byTopic(corpusClaims(of: actor)) }
        let sortedTopics = Set(byTopic.flatMap(\.keys)).sorted()
        let cells = sortedTopics.map { topic in byTopic.map { $0[topic] ?? [] } }
        if sortedTopics.isEmpty { message = "no claims by the marked actors" }
        stack.append(.compare(CompareState(actors: marked, topics: sortedTopics, cells: cells)))
    }

    mutating func compareCommand(_ command: Command) -> [Effect] {
        guard var view = compare else { return [] }
        if let motion = Motion(command, page: comparePage) {
            view.row = motion.applied(to: view.row, count: view.topics.count)
            compare = view
            return []
        }
        switch command {
        case .nextPane, .prevPane:
            let step = command == .nextPane ? 1 : view.actors.count - 1
            view.column = (view.column + step) % max(1, view.actors.count)
        case .open:
            guard view.cells.indices.contains(view.row), let ref = view.cells[view.row][view.column].first else {
                message = "no claim here"
                break
            }
            jump(to: ref)
            return []
        case .mark:
            // Unmarking from the table is natural: drop the focused actor's column.
            let actor = view.actors[view.column]
            toggleMark(ActorRow(id: actor, name: index.name(of: actor) ?? actor, kind: .person, quotes: 0))
            _ = pop()
            if marked.count >= 2 { openCompare() }
            return []
        case .close, .back:
            return pop()
        default:
            break
        }
        compare = view
        return []
    }
}
