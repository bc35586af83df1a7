import Foundation
import GRDB
import Testing

/// "indexed 1 new, 2 changed, 3 removed, 4 unchanged" as [1, 2, 3, 4].
private func counts(_ run: ProcessRun) -> [Int] {
    run.stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
}

@Test func indexingPrintsASummaryAndRunsAgainIncrementally() throws {
    let folder = try NewsFolder(count: 3)
    let first = try folder.parley(["index", "news"])
    #expect(first.status == 0)
    #expect(first.stdout == "indexed 3 new, 0 changed, 0 removed, 0 unchanged\n")
    // Not a terminal: no progress bar.
    #expect(first.stderr.isEmpty)
    try folder.write(1, topic: "sanctions")
    try FileManager.default.removeItem(atPath: folder.news + "/story0002.txt")
    let second = try folder.parley(["index", "news"])
    #expect(second.stdout == "indexed 0 new, 1 changed, 1 removed, 1 unchanged\n")
}

@Test func killingTheIndexerKeepsWhatItCommittedAndTheNextRunCompletes() throws {
    let folder = try NewsFolder(count: 2000)
    let indexer = Process()
    indexer.executableURL = Binary.url
    indexer.arguments = ["index", folder.news, "--db", folder.database]
    indexer.standardOutput = FileHandle.nullDevice
    indexer.standardError = FileHandle.nullDevice
    try indexer.run()
    let deadline = Date().addingTimeInterval(120)
    var committed = 0
    while committed == 0 && indexer.isRunning && Date() < deadline {
        usleep(5_000)
        committed = folder.committedDocuments()
    }
    // Another parley reads while this one indexes.
    let search = try folder.parley(["search", "ceasefire", "--limit", "1", "--format", "jsonl"])
    let killedMidRun = indexer.isRunning
    kill(indexer.processIdentifier, SIGKILL)
    indexer.waitUntilExit()
    try #require(killedMidRun, "the indexer finished before it could be killed")
    #expect(committed > 0)
    #expect(search.status == 0)
    #expect(search.stdout.split(separator: "\n").count == 1)

    let survived = folder.committedDocuments()
    #expect(survived >= committed && survived < 2000)
    let check = try DatabaseQueue(path: folder.database).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    #expect(check == ["ok"])

    let rerun = try folder.parley(["index", folder.news])
    #expect(rerun.status == 0)
    #expect(counts(rerun) == [2000 - survived, 0, 0, survived])
    #expect(folder.committedDocuments() == 2000)
}

@Test func indexNeedsSomethingToIndex() throws {
    let folder = try NewsFolder(count: 0)
    let run = try folder.parley(["index"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("Give files or folders to index, or --from-jsonl FILE."))
    #expect(try folder.parley(["index", "-"]).status == 2)
}

@Test func aCorruptLibraryIsOneLineAndExit1UntilRebuilt() throws {
    let folder = try NewsFolder(count: 2)
    try folder.folder.write("library.sqlite", String(repeating: "garbage ", count: 1000))
    for command in [["search", "ceasefire"], ["bookmarks"], ["index", "news"]] {
        let run = try folder.parley(command)
        #expect(run.status == 1, "\(command)")
        #expect(run.stderrLines == ["parley: \(folder.database): not a parley library (the file is damaged or not a database); "
            + "run `parley index --rebuild PATH...` to replace it"], "\(command)")
    }
    let rebuilt = try folder.parley(["index", "--rebuild", "news"])
    #expect(rebuilt.status == 0)
    #expect(rebuilt.stdout == "indexed 2 new, 0 changed, 0 removed, 0 unchanged\n")
    #expect(try folder.parley(["search", "ceasefire"]).status == 0)
}

@Test func searchingWithoutALibraryIsOneLineAndExit1() throws {
    let folder = try NewsFolder(count: 0)
    let run = try folder.parley(["search", "ceasefire"])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(folder.database): no library here; run `parley index PATH...` first"])
    #expect(!FileManager.default.fileExists(atPath: folder.database))
}

@Test func extractOutputImportedElsewhereIsIndexedAsUnchanged() throws {
    let folder = try NewsFolder(count: 3)
    let extract = try ProcessRun.parley(["extract", "news"], in: folder.folder.url)
    try folder.folder.write("news.jsonl", extract.stdout)
    let imported = try folder.parley(["index", "--from-jsonl", "news.jsonl"])
    #expect(imported.status == 0)
    #expect(imported.stdout == "indexed 3 new, 0 changed, 0 removed, 0 unchanged\n")
    #expect(try folder.parley(["index", "news"]).stdout == "indexed 0 new, 0 changed, 0 removed, 3 unchanged\n")
}

@Test func extractOutputCanBePipedIn() throws {
    let folder = try NewsFolder(count: 2)
    let extract = try ProcessRun.parley(["extract", "news"], in: folder.folder.url)
    let imported = try ProcessRun.parley(["index", "--from-jsonl", "-", "--db", folder.database], input: Data(extract.stdout.utf8),
                                         in: folder.folder.url)
    #expect(imported.stdout == "indexed 2 new, 0 changed, 0 removed, 0 unchanged\n")
    #expect(imported.status == 0)
}
