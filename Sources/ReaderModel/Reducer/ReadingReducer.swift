import Corpus

/// Reading state: articles opened are marked read, an article left (or open on quitting) has its
/// place saved, and the article last read is where the next run starts.
extension ReaderState {
    /// Every article in the stack, by corpus index, with the code point at the top of its text on screen.
    var openArticles: [(index: Int, offset: Int)] {
        stack.compactMap { screen in
            guard case .article(let view) = screen else { return nil }
            return (view.index, view.topOffset)
        }
    }

    /// The effects that store what changed since `before`: positions of articles left (of all open
    /// ones when quitting), articles newly opened marked read, and on quitting where to resume.
    mutating func remembered(since before: [(index: Int, offset: Int)], quitting: Bool) -> [Effect] {
        guard marks.remembers else { return [] }
        let after = openArticles
        var effects: [Effect] = []
        for left in before where quitting || !after.contains(where: { $0.index == left.index }) {
            let doc = corpus.summaries[left.index].doc
            if marks.positions[doc] != left.offset {
                marks.positions[doc] = left.offset
                effects.append(.savePosition(doc: doc, offset: left.offset))
            }
        }
        for opened in after where !before.contains(where: { $0.index == opened.index }) {
            let doc = corpus.summaries[opened.index].doc
            marks.resume = ResumePoint(doc: doc, inArticle: true)
            if marks.setRead(doc, true) { effects.append(.setRead(doc: doc, read: true)) }
        }
        if quitting, let point = resumePoint {
            effects.append(.saveResume(point))
        }
        return effects
    }

    /// The article on top of the stack if one is open, else the one last read, shown in the list.
    private var resumePoint: ResumePoint? {
        if let open = openArticles.last { return ResumePoint(doc: corpus.summaries[open.index].doc, inArticle: true) }
        return marks.resume.map { ResumePoint(doc: $0.doc, inArticle: false) }
    }

    /// Start-up: take what was remembered, put the list cursor on the article last read and, if the
    /// last run ended inside an article, reopen it where it was left. An article opened directly
    /// (one file given) is placed at its saved position instead. Returns the effects of opening.
    public mutating func remember(_ marks: ReadingMarks) -> [Effect] {
        self.marks = marks
        self.marks.unreadCount = corpus.summaries.reduce(0) { $0 + (marks.read.contains($1.doc) ? 0 : 1) }
        for level in stack.indices {
            guard case .article(var view) = stack[level],
                  let offset = marks.positions[corpus.summaries[view.index].doc] else { continue }
            view.place(at: offset)
            stack[level] = .article(view)
        }
        if stack.count == 1, let resume = marks.resume, let index = corpus.summaries.firstIndex(where: { $0.doc == resume.doc }) {
            if let row = list.rows.firstIndex(of: index) { list.cursor = row }
            if resume.inArticle, let view = makeArticle(index) { stack.append(.article(view)) }
        }
        settle()
        // Whatever article is open now was opened by this start.
        return remembered(since: [], quitting: false)
    }

    /// u: in the list, the article under the cursor; in an article, that article.
    mutating func toggleRead() -> [Effect] {
        let index: Int
        if let view = article {
            index = view.index
        } else if case .list = screen, list.rows.indices.contains(list.cursor) {
            index = list.rows[list.cursor]
        } else {
            return []
        }
        guard marks.remembers else {
            message = "read and unread are not remembered: no library"
            return []
        }
        let doc = corpus.summaries[index].doc
        let read = !marks.read.contains(doc)
        _ = marks.setRead(doc, read)
        message = "marked \(read ? "read" : "unread")"
        return [.setRead(doc: doc, read: read)]
    }

    /// How many articles of the corpus are not read; nil when nothing is remembered.
    var unreadCount: Int? { marks.remembers ? marks.unreadCount : nil }
}
