import Foundation
import Testing
import TestSupport

private let corpus = Binary.packageRoot.appendingPathComponent("corpus").path

@Test func extractPrintsOneRecordPerArticle() throws {
    let run = try ProcessRun.parley(["extract", corpus])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(record?["doc"] is String)
    }
}

@Test func extractReadsTheCorpusFolderByDefault() throws {
    let run = try ProcessRun.parley(["extract"], in: Binary.packageRoot)
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 2)
}

@Test func jsonFormatPrintsOneArrayOfArticles() throws {
    let run = try ProcessRun.parley(["extract", "--format", "json", corpus])
    #expect(run.status == 0)
    let articles = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(articles.count == 2)
    #expect(articles.map { Set($0.keys) }.allSatisfy {
        $0 == ["doc", "path", "title", "segments", "actors", "quotes", "claims"]
    })
    // Pretty: one member a line.
    #expect(run.stdout.hasPrefix("[\n  {\n    \"doc\": "))
}

@Test func jsonFormatOfNothingIsAnEmptyArray() throws {
    let dir = try TempFolder()
    let run = try ProcessRun.parley(["extract", "--format", "json", dir.path + "/missing.txt"])
    #expect(run.stdout == "[]\n")
    #expect(run.status == 1)
}

@Test func csvFormatPrintsAHeaderThenOneRowPerQuote() throws {
    let run = try ProcessRun.parley(["extract", "--format", "csv", corpus])
    #expect(run.status == 0)
    let records = CSVReader.records(run.stdout)
    #expect(records.first == ["doc", "quote_id", "kind", "start", "end", "speaker", "actor", "entity", "cue", "text"])
    #expect(records.allSatisfy { $0.count == 10 })
    let extracted = try ProcessRun.parley(["extract", corpus]).stdout.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let quoteCount = extracted.reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
    #expect(records.count == 1 + quoteCount)
}

@Test func extractReadsStandardInputForADash() throws {
    let run = try ProcessRun.parley(["extract", "-"], input: Data("A title\nShe said \"yes\".\n".utf8))
    #expect(run.status == 0)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(record["doc"] as? String == "stdin")
    #expect(record["path"] as? String == "-")
    #expect(record["title"] as? String == "A title")
}
