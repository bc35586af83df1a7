import Foundation
import Library
import Testing

private func bookmarked() throws -> NewsFolder {
    let folder = try NewsFolder(count: 2)
    _ = try folder.parley(["index", "news"])
    let store = try LibraryStore.open(path: folder.database)
    let quote = try #require(try store.search(SearchQuery(text: "give up", speaker: "Keller")).first { $0.doc == "story0001" })
    try store.bookmark(doc: "story0001", quote: quote.id)
    try store.bookmark(doc: "story0000", quote: "q99")
    return folder
}

@Test func bookmarksExportAsCSV() throws {
    let folder = try bookmarked()
    let run = try folder.parley(["bookmarks"])
    #expect(run.status == 0)
    let records = CSVReader.records(run.stdout)
    #expect(records.first == ["doc", "quote", "start", "end", "speaker", "text", "created"])
    #expect(records.map { $0.first } == ["doc", "story0001", "story0000"])
    #expect(records[1][4] == "Maria Keller")
    #expect(records[1][5].contains("give up"))
    #expect(records[2][2...5] == ["", "", "", ""])
    #expect(records[1][6].hasSuffix("Z"))
}

@Test func bookmarksExportAsJSONL() throws {
    let folder = try bookmarked()
    let lines = try folder.parley(["bookmarks", "--format", "jsonl"]).stdout.split(separator: "\n")
    let records = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(records.map { $0["doc"] as? String } == ["story0001", "story0000"])
    #expect(records[0]["start"] is Int)
    #expect(records[1]["start"] is NSNull)
}
