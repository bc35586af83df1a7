import ArgumentParser
import Corpus
import Foundation
import Library

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find quotes and claims across the library, best match first.",
        discussion: """
            QUERY is FTS5 syntax: words (all must appear), "a phrase", prefix*, OR, NOT. An empty QUERY lists \
            everything that passes the filters, in article order.
            """)

    @Argument(help: "What the quote or claim says.")
    var query: String

    @Option(help: "Said by this speaker: a name or alias, or its last word (any case).")
    var speaker: String?

    @Option(help: "About a topic whose key contains T (any case).")
    var topic: String?

    @Option(help: ArgumentHelp("With this stance: \(Stance.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "S"))
    var stance: Stance?

    @Option(help: ArgumentHelp("Only quotes of this kind: direct, partial or indirect.", valueName: "K"))
    var kind: QuoteKind?

    @Option(help: "Output format: text, jsonl or csv.")
    var format: SearchFormat = .text

    @Option(help: "At most N results.")
    var limit = 20

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let store = try library.open(create: false)
        let search = SearchQuery(text: query, speaker: speaker, topic: topic, stance: stance, kind: kind, limit: limit)
        let hits = try libraryCall { try store.search(search) }
        FileHandle.standardOutput.write(Data(format.render(hits).utf8))
    }
}
