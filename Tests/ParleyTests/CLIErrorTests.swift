import Foundation
import Testing
import TestSupport

/// Every problem is one line on stderr naming the file; the other files are still processed.

@Test func aMissingPathIsOneErrorLineAndExit1() throws {
    let dir = try TempFolder()
    let missing = dir.path + "/nowhere.txt"
    let run = try ProcessRun.parley(["extract", missing])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(missing): no such file or directory"])
    #expect(run.stdout.isEmpty)
}

@Test func aFolderWithoutTextsIsAnError() throws {
    let dir = try TempFolder()
    try dir.write("photo.jpg", [0xFF, 0xD8])
    let run = try ProcessRun.parley(["extract", dir.path])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(dir.path): no .txt or .md files"])
}

@Test func anEmptyFileIsAnError() throws {
    let dir = try TempFolder()
    let empty = try dir.write("empty.txt", [])
    let blank = try dir.write("blank.md", "\n   \n")
    let run = try ProcessRun.parley(["extract", empty, blank])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(empty): empty file", "parley: \(blank): empty file"])
}

@Test func aBinaryFileIsAnErrorNamingTheNulByte() throws {
    let dir = try TempFolder()
    let binary = try dir.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    let run = try ProcessRun.parley(["extract", binary])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(binary): binary file (NUL byte at byte 4)"])
}

@Test func invalidUTF8IsAWarningAndTheTextIsStillExtracted() throws {
    let dir = try TempFolder()
    let latin1 = try dir.write("latin1.txt", Array("Z\u{FC}rich".utf8.prefix(1)) + [0xFC] + Array("rich talks\nBody.".utf8))
    let run = try ProcessRun.parley(["extract", latin1])
    #expect(run.status == 0)
    #expect(run.stderrLines == ["parley: warning: \(latin1): invalid UTF-8 at byte 1, replaced with U+FFFD"])
    let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(record["title"] as? String == "Z\u{FFFD}rich talks")
}

@Test func anUnreadableFileIsAnError() throws {
    let dir = try TempFolder()
    let secret = try dir.write("secret.txt", "Classified.")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: secret)
    let run = try ProcessRun.parleyWithoutPrivileges(["extract", secret])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(secret): cannot read: permission denied"])
}

@Test func goodFilesAreStillOutputBesideBadOnes() throws {
    let dir = try TempFolder()
    try dir.write("a.txt", "First article\nText.")
    try dir.write("b.txt", [])
    try dir.write("c.txt", "Third article\nText.")
    let run = try ProcessRun.parley(["extract", dir.path, dir.path + "/gone.txt"])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(dir.path)/gone.txt: no such file or directory",
                                "parley: \(dir.path)/b.txt: empty file"])
    let docs = try run.stdout.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["doc"] as? String
    }
    #expect(docs == ["a", "c"])
}

@Test func aWarningAloneExitsZero() throws {
    let dir = try TempFolder()
    let file = try dir.write("odd.txt", [0x41, 0xFF, 0x0A, 0x42])
    let run = try ProcessRun.parley(["extract", file])
    #expect(run.status == 0)
    #expect(run.stderrLines.count == 1)
}

@Test(arguments: [["extract", "--format", "xml"], ["extract", "--bogus"], ["eval"], ["eval", "--gold"],
                  ["eval", "--gold", "g", "--pred", "p.jsonl", "file.txt"], ["eval", "--gold", "g", "--show-errors", "many"],
                  ["nonsense"]])
func usageErrorsExit2WithoutAStackTrace(arguments: [String]) throws {
    let run = try ProcessRun.parley(arguments)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: "))
    #expect(!run.stderr.contains("Fatal error"))
}

@Test func helpExitsZero() throws {
    let run = try ProcessRun.parley(["eval", "--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("--gold"))
}

@Test func evalWithAMissingGoldFolderIsOneErrorLine() throws {
    let dir = try TempFolder()
    let run = try ProcessRun.parley(["eval", "--gold", dir.path + "/split"])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: \(dir.path)/split/attributions: no such directory"])
    #expect(run.stdout.isEmpty)
}

@Test func evalWithAMissingPredictionFileIsOneErrorLine() throws {
    let gold = Binary.packageRoot.appendingPathComponent("Tests/Fixtures/eval").path
    let run = try ProcessRun.parley(["eval", "--gold", gold, "--pred", "/nonexistent/p.jsonl"])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["parley: /nonexistent/p.jsonl: no such file or directory"])
}
