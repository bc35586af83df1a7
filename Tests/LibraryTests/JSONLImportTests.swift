import Corpus
import Foundation
@testable import Library
import Testing

/// A `parley extract` line for a hand-made article, as the extract command writes it.
private func line(_ article: Article, path: String) throws -> String {
    let text = article.text
    func offsets(_ span: Span?) -> Any { span.map { ["start": $0.start, "end": $0.end, "text": text.string($0)] } ?? NSNull() }
    let record: [String: Any] = [
        "doc": article.doc, "path": path, "title": article.title,
        "segments": article.segments.map { ["kind": $0.kind.rawValue, "start": $0.span.start, "end": $0.span.end] },
        "actors": article.actors.map { actor in
            ["id": actor.id, "name": actor.name, "kind": actor.kind.rawValue, "role": actor.role ?? NSNull(), "aliases": actor.aliases,
             "mentions": actor.mentions.map { ["start": $0.start, "end": $0.end] }] as [String: Any]
        },
        "quotes": article.quotes.map { quote in
            ["id": quote.id, "start": quote.span.start, "end": quote.span.end, "text": text.string(quote.span), "kind": quote.kind.rawValue,
             "speaker": offsets(quote.speaker), "actor": quote.actor ?? NSNull(), "entity": NSNull(), "cue": offsets(quote.cue)] as [String: Any]
        },
        "claims": article.claims.map { claim in
            ["id": claim.id, "actor": claim.actor, "topic": claim.topic, "stance": claim.stance.rawValue,
             "start": claim.span.start, "end": claim.span.end, "quote": claim.quote ?? NSNull()] as [String: Any]
        },
    ]
    return String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
}

@Test func importedLinesAreSearchableAndTheirFilesIndexedAsUnchanged() throws {
    let scratch = try Scratch()
    let moscow = try scratch.write("news/moscow.txt", Newsroom.moscow.text.string)
    let kyiv = try scratch.write("news/kyiv.txt", Newsroom.kyiv.text.string)
    let jsonl = try scratch.write("extract.jsonl", try line(Newsroom.moscow, path: moscow) + "\n" + line(Newsroom.kyiv, path: kyiv) + "\n")
    let store = try scratch.open()
    let summary = try JSONLImport(store: store).load(file: jsonl)
    #expect((summary.new, summary.changed, summary.problems.count) == (2, 0, 0))
    #expect(try store.search(SearchQuery(text: "ceasefire", speaker: "lavrov")).map(\.id) == ["q1"])
    #expect(try store.search(SearchQuery(text: "air defense")).map(\.source) == [.claim])
    #expect(try store.articles(matching: "truce").map(\.doc) == ["moscow"])
    // The files are what was extracted: indexing them finds nothing to do.
    let indexed = try Indexer(store: store).index(paths: [scratch.url.appendingPathComponent("news").path])
    #expect((indexed.new, indexed.changed, indexed.unchanged) == (0, 0, 2))
    #expect(try JSONLImport(store: store).load(file: jsonl).changed == 2)
}

@Test func aLineWhoseFileIsGoneKeepsItsQuotes() throws {
    let scratch = try Scratch()
    let jsonl = try scratch.write("extract.jsonl", try line(Newsroom.kyiv, path: "/elsewhere/kyiv.txt"))
    let store = try scratch.open()
    #expect(try JSONLImport(store: store).load(file: jsonl).new == 1)
    #expect(try store.search(SearchQuery(text: "invitation")).map(\.speaker) == ["Volodymyr Zelensky"])
    #expect(try store.documents().map(\.path) == ["/elsewhere/kyiv.txt"])
}

@Test func badLinesAreReportedByNumberAndSkipped() throws {
    let scratch = try Scratch()
    let good = try line(Newsroom.moscow, path: "/elsewhere/moscow.txt")
    let noQuotes = good.replacingOccurrences(of: "\"quotes\"", with: "\"citations\"")
    let jsonl = try scratch.write("extract.jsonl", "{not json\r\n\n" + noQuotes + "\n" + good + "\r\n")
    let summary = try JSONLImport(store: try scratch.open()).load(file: jsonl)
    #expect(summary.new == 1)
    #expect(summary.problems.map(\.path) == [jsonl + ":1", jsonl + ":3"])
    #expect(summary.problems.last?.message == "not a parley extract line: missing \"quotes\"")
    let missing = try JSONLImport(store: try scratch.open()).load(file: scratch.path + "/none.jsonl")
    #expect(missing.problems.map(\.description) == [scratch.path + "/none.jsonl: cannot open: no such file or directory"])
}
