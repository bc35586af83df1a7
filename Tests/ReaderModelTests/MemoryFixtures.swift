import Corpus
@testable import ReaderModel

/// Reader states that remember: what was given at start-up, and the effects each key asks for.
enum Memory {
    static let talks = Fixtures.talks.doc
    static let summit = Fixtures.summit.doc

    /// A remembering reader at a size, started with `marks`, after some keys; with every effect asked for.
    static func state(_ width: Int = 120, _ height: Int = 40, corpus: ParsedCorpus = Fixtures.corpus,
                      marks: ReadingMarks = ReadingMarks(), keys: [Key] = []) -> (ReaderState, [Effect]) {
        var state = ReaderState(corpus: corpus, size: Size(width: width, height: height))
        var effects = state.apply(.resize(Size(width: width, height: height)))
        effects += state.remember(marks)
        for key in keys { effects += state.apply(.key(key)) }
        return (state, effects)
    }

    /// One long article, so that a position is somewhere in the middle at every width.
    static let long: ParsedCorpus = {
        let paragraphs = (1...80).map { number in
            (SegmentKind.paragraph, "Paragraph \(number) of the long report goes on about the talks, the envoys and what each side said after the meeting.")
        }
        let draft = Fixtures.Draft(doc: "004_long", blocks: [(.title, "A long report")] + paragraphs,
                                   actors: [Fixtures.lavrov],
                                   quotes: [("what each side said after the meeting", .indirect, Fixtures.lavrov.id, nil)])
        return ParsedCorpus(articles: [draft.build()], actors: [])
    }()

    static func saved(_ effects: [Effect]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for case .savePosition(let doc, let offset) in effects { positions[doc] = offset }
        return positions
    }

    static func readFlags(_ effects: [Effect]) -> [String: Bool] {
        var flags: [String: Bool] = [:]
        for case .setRead(let doc, let read) in effects { flags[doc] = read }
        return flags
    }

    /// The code point at the top of the document on screen.
    static func topOffset(_ state: ReaderState) -> Int? {
        state.article?.topOffset
    }

    static func topIsSpacer(_ state: ReaderState) -> Bool {
        state.article.map { $0.layout.lines[$0.top].start == $0.layout.lines[$0.top].end } ?? false
    }
}
