import Corpus
import Foundation
@testable import Library
import Testing

private func index(_ scratch: Scratch, _ paths: [String]? = nil, engine: String = EngineVersion.current) throws -> IndexSummary {
    var indexer = Indexer(store: try scratch.open())
    indexer.engineVersion = engine
    return try indexer.index(paths: paths ?? [scratch.url.appendingPathComponent("news").path])
}

private func summary(new: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0) -> IndexSummary {
    var summary = IndexSummary()
    (summary.new, summary.changed, summary.removed, summary.unchanged) = (new, changed, removed, unchanged)
    return summary
}

private func writeNews(_ scratch: Scratch, count: Int) throws {
    for n in 1...count { try scratch.write("news/story\(n).txt", Wire.story(n)) }
}

@Test func indexingStoresEveryArticleWithItsQuotes() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 3)
    #expect(try index(scratch) == summary(new: 3))
    let store = try scratch.open()
    #expect(try store.documents().map(\.doc) == ["story1", "story2", "story3"])
    #expect(try store.documents().map(\.title) == ["Talks resume in round 1", "Talks resume in round 2", "Talks resume in round 3"])
    #expect(try store.documents().first?.path == scratch.url.appendingPathComponent("news/story1.txt").standardizedFileURL.path)
    #expect(try store.count("quotes") > 0)
    let hits = try store.search(SearchQuery(text: "give up"))
    #expect(hits.count == 3)
    for hit in hits {
        let text = try String(contentsOfFile: hit.path, encoding: .utf8)
        #expect(ArticleText(text).string(hit.span) == hit.text)
    }
}

@Test func reindexingUnchangedFilesExtractsNothing() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 3)
    _ = try index(scratch)
    let before = try scratch.open().rowIDs()
    #expect(try index(scratch) == summary(unchanged: 3))
    #expect(try scratch.open().rowIDs() == before)
}

@Test func aChangedFileIsTheOnlyOneExtractedAgain() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 3)
    _ = try index(scratch)
    let before = try scratch.open().rowIDs()
    try scratch.write("news/story2.txt", Wire.story(2, topic: "sanctions relief"))
    #expect(try index(scratch) == summary(changed: 1, unchanged: 2))
    let after = try scratch.open().rowIDs()
    #expect(after["story1"] == before["story1"])
    #expect(after["story3"] == before["story3"])
    #expect(after["story2"] != before["story2"])
    let store = try scratch.open()
    #expect(try store.search(SearchQuery(text: "sanctions")).map(\.doc) == ["story2"])
    #expect(try store.search(SearchQuery(text: "ceasefire")).map(\.doc).sorted() == ["story1", "story3"])
}

@Test func aDeletedFileIsDroppedWithEverythingFromIt() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 3)
    _ = try index(scratch)
    let quotes = try scratch.open().count("quotes")
    try scratch.remove("news/story3.txt")
    #expect(try index(scratch) == summary(removed: 1, unchanged: 2))
    let store = try scratch.open()
    #expect(try store.documents().map(\.doc) == ["story1", "story2"])
    #expect(try store.count("quotes") == quotes / 3 * 2)
    #expect(try store.count("quotes_fts") == quotes / 3 * 2)
    #expect(try store.search(SearchQuery(text: "round")).allSatisfy { $0.doc != "story3" })
}

@Test func indexingAnotherFolderKeepsTheFirst() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 2)
    try scratch.write("wire/flash.txt", Wire.story(9))
    _ = try index(scratch)
    #expect(try index(scratch, [scratch.url.appendingPathComponent("wire").path]) == summary(new: 1))
    #expect(try scratch.open().documents().map(\.doc) == ["flash", "story1", "story2"])
}

@Test func anotherEngineVersionExtractsEverythingAgain() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 2)
    _ = try index(scratch, engine: "older-engine")
    #expect(try index(scratch) == summary(changed: 2))
    #expect(try index(scratch) == summary(unchanged: 2))
}

@Test func anUnreadableFileIsReportedAndKept() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 2)
    _ = try index(scratch)
    let binary = scratch.url.appendingPathComponent("news/story2.txt")
    try Data([0x89, 0x50, 0x00, 0x01]).write(to: binary)
    let result = try index(scratch)
    #expect((result.new, result.changed, result.removed, result.unchanged) == (0, 0, 0, 1))
    #expect(result.problems.map(\.description) == ["\(binary.path): binary file (NUL byte at byte 2)"])
    #expect(try scratch.open().documents().map(\.doc) == ["story1", "story2"])
}

@Test func actorsAreCorpusWideAndGoWithTheirLastArticle() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    let actors = try store.actors(listingDocuments: true)
    let lavrov = try #require(actors.first { $0.id == "sergey-lavrov" })
    #expect(lavrov.name == "Sergey Lavrov")
    #expect(lavrov.role == "Foreign Minister")
    #expect(lavrov.aliases == ["Lavrov", "the minister"])
    #expect(lavrov.docs == ["moscow"])
    #expect(lavrov.quoteCount == 2)
    #expect(actors.map(\.id) == ["sergey-lavrov", "volodymyr-zelensky", "nato"])
    #expect(actors.map(\.quoteCount) == [2, 2, 0])
    #expect(try store.actors().map(\.docs) == [[], [], []])
    try store.add(Newsroom.kyiv)
    #expect(try store.actors().map(\.quoteCount) == [2, 2, 0])
    try store.write { db in
        try DocumentWriter.remove(path: "/articles/moscow.txt", in: db)
        try DocumentWriter.pruneActors(in: db)
    }
    #expect(try Set(store.actors().map(\.id)) == ["volodymyr-zelensky", "nato"])
    // Each name is also an alias: "Volodymyr Zelensky", "Zelensky", "NATO".
    #expect(try store.count("aliases") == 3)
}

@Test func progressIsReportedUpToTheTotal() throws {
    let scratch = try Scratch()
    try writeNews(scratch, count: 5)
    var reports: [IndexProgress] = []
    var indexer = Indexer(store: try scratch.open())
    indexer.chunkSize = 2
    _ = try indexer.index(paths: [scratch.url.appendingPathComponent("news").path]) { reports.append($0) }
    let last = try #require(reports.last)
    #expect((last.done, last.total, last.fraction) == (5, 5, 1.0))
    #expect(reports.map(\.done) == reports.map(\.done).sorted())
}
