import Foundation
import Testing

private func indexed(_ count: Int) throws -> NewsFolder {
    let folder = try NewsFolder(count: count)
    try folder.write(1, topic: "sanctions")
    _ = try folder.parley(["index", "news"])
    return folder
}

@Test func searchPrintsWhereAndWhoThenTheWords() throws {
    let folder = try indexed(2)
    let run = try folder.parley(["search", "sanctions"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("story0001:"))
    #expect(lines[0].contains("Maria Keller"))
    #expect(lines[1].hasPrefix("    ") && lines[1].contains("sanctions"))
}

@Test func searchJSONLCarriesOffsetsIntoTheFile() throws {
    let folder = try indexed(3)
    let run = try folder.parley(["search", "give up", "--speaker", "keller", "--format", "jsonl"])
    let hits = try run.stdout.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(hits.count == 3)
    for hit in hits {
        let text = Array(try String(contentsOfFile: try #require(hit["path"] as? String), encoding: .utf8).unicodeScalars)
        let start = try #require(hit["start"] as? Int), end = try #require(hit["end"] as? Int)
        var words = String.UnicodeScalarView()
        words.append(contentsOf: text[start..<end])
        #expect(String(words) == hit["text"] as? String)
        #expect(hit["source"] as? String == "quote")
        #expect(hit["speaker"] as? String == "Maria Keller")
    }
}

@Test func searchCSVHasAHeaderAndOneRowPerHit() throws {
    let folder = try indexed(3)
    let run = try folder.parley(["search", "", "--kind", "direct", "--format", "csv", "--limit", "2"])
    let records = CSVReader.records(run.stdout)
    #expect(records.first == ["source", "doc", "path", "id", "start", "end", "kind", "actor", "speaker", "topic", "stance", "score", "text"])
    #expect(records.count == 3)
    #expect(records.dropFirst().allSatisfy { $0[6] == "direct" })
}

@Test func searchFiltersAreChecked() throws {
    let folder = try indexed(1)
    let stance = try folder.parley(["search", "x", "--stance", "maybe"])
    #expect(stance.status == 2)
    #expect(try folder.parley(["search", "x", "--kind", "quoted"]).status == 2)
    #expect(try folder.parley(["search", "x", "--limit", "0"]).status == 2)
    #expect(try folder.parley(["search", "nothing-like-this"]).stdout.isEmpty)
}
