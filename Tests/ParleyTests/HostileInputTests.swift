import Foundation
import Testing
import TestSupport

/// Text as scrapers, copy-paste and odd encodings leave it. `parley extract` never crashes or hangs:
/// it says what is wrong in one line naming the file, goes on with the rest, prints valid JSON and
/// keeps every offset inside the text.
@Suite struct HostileInputTests {
    /// Writes one file and extracts it; the checks every accepted input must pass are made here.
    private func extractAccepted(_ hostile: HostileText, sourceLocation: SourceLocation = #_sourceLocation) throws -> ExtractRecords {
        let dir = try TempFolder()
        let path = try dir.write(hostile.name, hostile.bytes)
        let run = try ProcessRun.parley(["extract", path])
        #expect(run.status == 0, sourceLocation: sourceLocation)
        #expect(run.stderrLines == (hostile.warning.map { ["parley: warning: \(path): \($0)"] } ?? []), sourceLocation: sourceLocation)
        let records = try ExtractRecords(run.stdout, sourceLocation: sourceLocation)
        #expect(records.records.count == 1, sourceLocation: sourceLocation)
        #expect(records.badSpans(in: hostile.decoded) == [], sourceLocation: sourceLocation)
        return records
    }

    private static let article = HostileText.article

    // MARK: - Encodings

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let records = try extractAccepted(.invalidUTF8)
        #expect(records.list("quotes").first?["text"] as? String == "\"The tide\u{FFFD} is late,\"")
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsRead(bigEndian: Bool) throws {
        let records = try extractAccepted(.utf16("Zürich 🙂 talks\n" + Self.article, bigEndian: bigEndian, mark: true))
        #expect(records.records.first?["title"] as? String == "Zürich 🙂 talks")
    }

    @Test(arguments: [true, false])
    func utf16WithoutAByteOrderMarkIsRecognisedWithAWarning(bigEndian: Bool) throws {
        let records = try extractAccepted(.utf16(Self.article, bigEndian: bigEndian, mark: false))
        #expect(records.records.first?["title"] as? String == "Harbour talks")
        #expect(records.list("quotes").compactMap { $0["entity"] as? String }.first == "Edda Vorn")
    }

    @Test func aBinaryFileIsOneErrorAndTheOthersAreStillRead() throws {
        let dir = try TempFolder()
        let binary = try dir.write("a.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x7F])
        try dir.write("b.txt", Self.article)
        let run = try ProcessRun.parley(["extract", dir.path])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(binary): binary file (NUL byte at byte 8)"])
        #expect(try ExtractRecords(run.stdout).docs == ["b"])
    }

    @Test func emptyAndWhitespaceOnlyFilesAreErrors() throws {
        let dir = try TempFolder()
        let empty = try dir.write("empty.txt", [])
        let blank = try dir.write("blank.txt", [0xEF, 0xBB, 0xBF] + Array(" \t\r\n\u{A0}\u{2028}\u{3000}\r".utf8))
        let run = try ProcessRun.parley(["extract", empty, blank])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(empty): empty file", "parley: \(blank): empty file"])
        #expect(run.stdout.isEmpty)
    }

    // MARK: - Size

    /// The run ends, in time linear in the text (2,000 quotes on one line once took quadratic time).
    @Test(.timeLimit(.minutes(3)))
    func aFiftyMegabyteSingleLineIsExtracted() throws {
        let records = try extractAccepted(.longLine(bytes: 50_000_000))
        #expect(records.list("segments").count == 2)
        #expect(records.list("quotes").count >= 2_000)
    }

    @Test func aHundredThousandTinyParagraphsAreEachASegment() throws {
        let records = try extractAccepted(.tinyParagraphs)
        #expect(records.list("segments").count == 100_001)
    }

    @Test func aFolderOfTenThousandFilesWithSomeBadReportsEachBadOne() throws {
        let dir = try TempFolder()
        var bad: [String] = []
        for index in 0..<10_000 {
            let name = String(format: "%05d.txt", index)
            switch index % 1_000 {
            case 7: bad.append("parley: " + (try dir.write(name, [])) + ": empty file")
            case 8: bad.append("parley: " + (try dir.write(name, [0x00, 0x01, 0x02, 0x00, 0x00, 0x05])) + ": binary file (NUL byte at byte 0)")
            default: try dir.write(name, "Title \(index)\n\"We wait,\" Edda Vorn said.\n")
            }
        }
        let run = try ProcessRun.parley(["extract", dir.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.sorted() == bad.sorted())
        #expect(try ExtractRecords(run.stdout).docs.count == 9_980)
    }

    // MARK: - Quotation marks

    @Test func tenThousandUnbalancedOpeningQuotesKeepSpansValid() throws {
        let records = try extractAccepted(.unbalancedQuotes)
        let starts = records.list("quotes").compactMap { $0["start"] as? Int }
        #expect(starts == starts.sorted())
    }

    @Test func deeplyNestedAndMismatchedQuoteStylesKeepSpansValid() throws {
        let records = try extractAccepted(.nestedQuotes)
        let starts = records.list("quotes").compactMap { $0["start"] as? Int }
        #expect(starts == starts.sorted())
    }

    // MARK: - Line ends and invisible characters

    @Test(arguments: [("cr.txt", ["\r", "\r", "\r"]), ("mixed.txt", ["\r\n", "\n", "\r", "\u{2028}"])])
    func everyLineEndStartsANewSegment(name: String, ends: [String]) throws {
        let hostile = HostileText.lineEnds(name, ends)
        let records = try extractAccepted(hostile)
        let scalars = Array(hostile.decoded.unicodeScalars)
        let segments = records.list("segments").compactMap { segment -> String? in
            guard let start = segment["start"] as? Int, let end = segment["end"] as? Int else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(segments == Array(HostileText.lines.prefix(ends.count + 1)))
    }

    @Test func tabsAreOneCodePointEach() throws {
        let records = try extractAccepted(.tabs)
        #expect(records.records.first?["title"] as? String == "Harbour\ttalks")
        let quote = try #require(records.list("quotes").first)
        #expect(quote["start"] as? Int == 15)
        #expect(quote["entity"] as? String == "Edda Vorn")
    }

    /// Escape sequences are data: they come out JSON-escaped, so a terminal showing the output obeys none.
    @Test func escapeSequencesAndControlCharactersComeOutEscaped() throws {
        let text = HostileText.escapes.decoded
        let dir = try TempFolder()
        let path = try dir.write("escapes.txt", text)
        let run = try ProcessRun.parley(["extract", path])
        #expect(run.status == 0)
        #expect(Array(run.stdout.unicodeScalars.filter(Self.isControl)) == ["\n"])
        let records = try ExtractRecords(run.stdout)
        #expect(records.badSpans(in: text) == [])
        #expect(records.records.first?["title"] as? String == "Harbour \u{1B}[31mtalks\u{1B}[0m")
    }

    /// CSV keeps its fields exact in a pipe; on a terminal the controls in them are shown, not obeyed.
    @Test func csvOnATerminalShowsControlCharacters() throws {
        let dir = try TempFolder()
        let path = try dir.write("escapes.txt", "Harbour talks\n\"The tide\u{1B}]52;c;aGVsbG8=\u{7} is late,\" Edda Vorn said.\n")
        let piped = try ProcessRun.parley(["extract", "--format", "csv", path])
        #expect(piped.stdout.contains("\u{1B}]52;c;aGVsbG8=\u{7}"))
        let command = "'\(Binary.url.path)' extract --format csv '\(path)'"
        let terminal = try ProcessRun.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0)
        #expect(terminal.stdout.contains("\"\"The tide^[]52;c;aGVsbG8=^G is late,\"\""))
        #expect(terminal.stdout.unicodeScalars.filter(Self.isControl).allSatisfy { $0 == "\r" || $0 == "\n" })
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Offsets count code points, whatever the script, the direction or the pile of combining marks.
    @Test func rightToLeftTextAndCombiningMarksKeepCodePointOffsets() throws {
        let records = try extractAccepted(.rightToLeft)
        #expect(records.records.first?["title"] as? String == "\u{5E9}\u{5DC}\u{5D5}\u{5DD} talks")
        #expect(records.list("quotes").contains { ($0["text"] as? String)?.contains(HostileText.zalgo) == true })
    }

    // MARK: - Paths

    @Test func aSymlinkLoopEndsAndALinkToItselfIsOneError() throws {
        let dir = try TempFolder()
        try dir.write("a.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub", withDestinationPath: dir.path)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/self.txt", withDestinationPath: "self.txt")
        let run = try ProcessRun.parley(["extract", dir.path])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(dir.path)/self.txt: cannot read: too many levels of symbolic links"])
        #expect(try ExtractRecords(run.stdout).docs == ["a"])
    }

    @Test func anUnreadableFileInAFolderIsOneError() throws {
        let dir = try TempFolder()
        try dir.write("a.txt", Self.article)
        let secret = try dir.write("b.txt", Self.article)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: secret)
        let run = try ProcessRun.parleyWithoutPrivileges(["extract", dir.path])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(secret): cannot read: permission denied"])
        #expect(try ExtractRecords(run.stdout).docs == ["a"])
    }

    @Test func aFolderNamedLikeAFileIsWalked() throws {
        let dir = try TempFolder()
        try dir.write("foo.txt/inner.md", Self.article)
        try FileManager.default.createDirectory(atPath: dir.path + "/bar.txt", withIntermediateDirectories: false)
        let walked = try ProcessRun.parley(["extract", dir.path])
        #expect(walked.status == 0)
        #expect(walked.stderr.isEmpty)
        #expect(try ExtractRecords(walked.stdout).docs == ["inner"])
        let named = try ProcessRun.parley(["extract", dir.path + "/foo.txt/", dir.path + "/bar.txt"])
        #expect(named.status == 1)
        #expect(named.stderrLines == ["parley: \(dir.path)/bar.txt: no .txt or .md files"])
        #expect(try ExtractRecords(named.stdout).docs == ["inner"])
    }

    /// A scraped file name is as hostile as its text: the message naming it stays one inert line.
    @Test func aFileNameWithEscapesAndALineBreakIsShownOnOneLine() throws {
        let dir = try TempFolder()
        try dir.write("bad\u{1B}]0;owned\u{7}\nname.txt", [])
        let run = try ProcessRun.parley(["extract", dir.path])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(dir.path)/bad^[]0;owned^G^Jname.txt: empty file"])
    }

    @Test func devicesAndFIFOsNeverBlockOrExhaustMemory() throws {
        let dir = try TempFolder()
        try dir.write("a.txt", Self.article)
        #expect(mkfifo(dir.path + "/pipe.txt", 0o600) == 0)
        let run = try ProcessRun.parley(["extract", dir.path, "/dev/null", "/dev/zero"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(dir.path)/pipe.txt: not a regular file", "parley: /dev/null: empty file",
                                    "parley: /dev/zero: file too large (over 256 MiB)"])
        #expect(try ExtractRecords(run.stdout).docs == ["a"])
    }

    /// `parley extract ... | head -1`: the reader going away ends parley quietly.
    @Test func aClosedPipeEndsQuietly() throws {
        let dir = try TempFolder()
        let path = try dir.write("many.txt", "Harbour talks\n" + String(repeating: "\"Yes,\" Edda Vorn said.\n", count: 20_000))
        let script = "'\(Binary.url.path)' extract '\(path)' | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\""
        let run = try ProcessRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
        #expect(run.stderr.isEmpty)
        #expect(["0", "141"].contains(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
