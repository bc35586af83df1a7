extension ReaderState {
    /// A key while the status line is taking a search or filter: text edits apply live.
    mutating func type(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        switch key {
        case .enter:
            self.prompt = nil
            if prompt.purpose == .library { return searchLibrary(prompt.text) }
            acceptPrompt()
            return []
        case .escape:
            self.prompt = nil
            cancelPrompt(prompt)
            return []
        case .backspace, .delete:
            if prompt.text.isEmpty {
                self.prompt = nil
                cancelPrompt(prompt)
                return []
            }
            prompt.text.removeLast()
        case .ctrl("u"):
            prompt.text = ""
        case .char(let character):
            prompt.text.append(character)
        default:
            return []
        }
        self.prompt = prompt
        promptChanged(prompt)
        return []
    }

    private mutating func promptChanged(_ prompt: Prompt) {
        if prompt.purpose == .library { return }
        if article != nil {
            search(prompt.text, from: prompt.origin)
        } else if case .list = screen {
            setFilter(prompt.text)
        }
    }

    private mutating func acceptPrompt() {
        if let view = article, !view.search.query.isEmpty, view.search.matches.isEmpty {
            message = "not found: \(view.search.query)"
        } else if let view = article, !view.search.matches.isEmpty {
            message = "\(view.search.matches.count) matches; n/N for next/previous"
        } else if case .list = screen, !list.filter.isEmpty {
            message = "\(list.rows.count) of \(corpus.count) articles match"
        }
    }

    private mutating func cancelPrompt(_ prompt: Prompt) {
        if prompt.purpose == .library { return }
        if var view = article {
            view.search = SearchState()
            view.top = prompt.origin
            article = view
        } else if case .list = screen {
            setFilter("")
            list.cursor = prompt.origin
        }
    }
}
