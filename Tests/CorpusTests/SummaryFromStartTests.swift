@testable import Corpus
import Foundation
import Testing
import TestSupport

/// The list's summaries are made from the first few KB of each file; they must equal the summary of the
/// article extracted from the whole file.
struct SummaryFromStartTests {
    /// The summary from the whole text, by way of extraction: what the list showed before.
    private static func wholeSummary(_ path: String) throws -> ArticleSummary {
        ArticleSummary(Extractor.extract(try Loader.load(file: path).get()))
    }

    private static func expectSame(_ files: [String]) throws {
        let summaries = Summarizer.summarize(files: files)
        for (file, summary) in zip(files, summaries) {
            #expect(try summary.get() == wholeSummary(file), "\(file)")
        }
    }

    private static let padding = String(repeating: "The talks went on through the night, officials said, without a result. ", count: 120)

    @Test func theSeedCorpusSummarizesAsWhole() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus")
        let files = Loader.files(in: [folder.path]).files
        #expect(!files.isEmpty)
        try Self.expectSame(files)
    }

    @Test func hostileShapesSummarizeAsWhole() throws {
        let dir = try TempFolder("loader")
        let longTitle = String(repeating: "Ceasefire ", count: 600)
        let body = "\n\nBy Anna Petrova\n\n" + Self.padding
        var files = [
            try dir.write("long-title.txt", longTitle + body),
            try dir.write("crlf.txt", ("Talks end\r\n\r\nBy Anna Petrova\r\n\r\n" + Self.padding).replacingOccurrences(of: ". ", with: ".\r\n")),
            try dir.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(("Talks end" + body).utf8)),
            // A dateline first; the byline that wins over it comes after the first few KB.
            try dir.write("late-byline.txt", "Talks end\n\nFeb. 11, 2026\n\n" + Self.padding + "\n\nBy Anna Petrova\n"),
            try dir.write("no-byline.txt", "Talks end\n\n" + Self.padding + "\n\n" + Self.padding),
            try dir.write("short.txt", "Talks end\n"),
            // A multi-byte character cut by the end of the first 4096 bytes.
            try dir.write("cut.txt", "Talks end\n\n" + String(repeating: "é", count: 3000) + "\n\nBy Anna Petrova\n"),
        ]
        for bigEndian in [false, true] {
            let units = Array(("Talks end" + body).utf16)
            let bytes = units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            files.append(try dir.write("utf16-\(bigEndian).txt", (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + bytes))
            files.append(try dir.write("utf16-no-bom-\(bigEndian).txt", bytes))
        }
        try Self.expectSame(files)
    }

    @Test func aFileThatCannotBeReadIsAProblemNamingIt() throws {
        let dir = try TempFolder("loader")
        let empty = try dir.write("empty.txt", "  \n ")
        let missing = dir.path + "/gone.txt"
        let results = Summarizer.summarize(files: [empty, missing])
        #expect(results.map { (try? $0.get()) == nil } == [true, true])
        if case .failure(let problem) = results[1] { #expect(problem.description == "\(missing): no such file or directory") }
    }

    @Test func theWholeFileIsReadOnlyWhenItsStartDoesNotSettleTheSummary() throws {
        let settled = SourceText(doc: "d", path: "d", text: "Talks end\n\nBy Anna Petrova\n\nMore")
        #expect(Summarizer.summary(of: settled, isWhole: false)?.subtitle == "By Anna Petrova")
        let datelineOnly = SourceText(doc: "d", path: "d", text: "Talks end\n\nFeb. 11, 2026\n\nMore")
        #expect(Summarizer.summary(of: datelineOnly, isWhole: false) == nil)
        #expect(Summarizer.summary(of: datelineOnly, isWhole: true)?.subtitle == "Feb. 11, 2026")
        let cutTitle = SourceText(doc: "d", path: "d", text: "Talks e")
        #expect(Summarizer.summary(of: cutTitle, isWhole: false) == nil)
    }
}
