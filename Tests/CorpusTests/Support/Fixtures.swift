@testable import Corpus

/// Runs the engine over lines joined as a file would hold them.
func extract(_ lines: [String], doc: String = "story") -> Article {
    Extractor.extract(source(lines, doc: doc))
}

func source(_ lines: [String], doc: String) -> SourceText {
    SourceText(doc: doc, path: doc + ".txt", text: lines.joined(separator: "\n"))
}

/// An article whose first line is a fixed title, so that the given lines are its body.
func story(_ paragraphs: String...) -> Article {
    extract(["Harbour Council Weighs New Toll"] + paragraphs)
}

extension Article {
    func string(_ span: Span?) -> String? { span.map(text.string) }

    /// The quote whose text contains `fragment`, when exactly one does.
    func quote(containing fragment: String) -> Quote? {
        let matches = quotes.filter { text.string($0.span).contains(fragment) }
        return matches.count == 1 ? matches[0] : nil
    }

    func speaker(of quote: Quote?) -> Actor? {
        quote?.actor.flatMap { actor(id: $0) }
    }

    /// The actor with this name or alias.
    func actor(named name: String) -> Actor? {
        actors.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The kind of the block whose text is exactly `line`.
    func kind(of line: String) -> SegmentKind? {
        segments.first { text.string($0.span) == line }?.kind
    }
}
