import Foundation
import Testing
import TestSupport

/// The hostile files through the reader, headless: each draws a full frame in which no byte of the
/// article can drive the terminal (control characters are shown, bidi overrides replaced).
@Suite struct ReaderHostileInputTests {
    @Test(arguments: HostileText.forTheReader)
    func aHostileFileDrawsAnInertFrame(hostile: HostileText) throws {
        let dir = try TempFolder()
        let path = try dir.write(hostile.name, hostile.bytes)
        let run = try ProcessRun.parley(["--render-once", "80x24", path])
        #expect(run.status == 0)
        #expect(run.stderrLines == (hostile.warning.map { ["parley: warning: \(path): \($0)"] } ?? []))
        #expect(run.stdout.filter { $0 == "\n" }.count == 24)
        #expect(run.stdout.unicodeScalars.filter(Self.drivesTheTerminal).allSatisfy { $0 == "\n" })
        #expect(run.stdout.split(separator: "\n").first?.contains(" Document ") == true)
    }

    private static func drivesTheTerminal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    @Test func escapeSequencesAreShownInCaretNotation() throws {
        let dir = try TempFolder()
        let path = try dir.write("escapes.txt", HostileText.escapes.bytes)
        let run = try ProcessRun.parley(["--render-once", "120x24", path])
        #expect(run.stdout.contains("Harbour ^[[31mtalks^[[0m"))
        #expect(run.stdout.contains("^[]52;c;aGVsbG8=^G"))
    }

    @Test func aFileWithNothingToReadIsOneLineNamingItThenExit1() throws {
        let dir = try TempFolder()
        let binary = try dir.write("binary.txt", [0x00, 0x01, 0x02, 0x00, 0x00, 0x05])
        let run = try ProcessRun.parley(["--render-once", "80x24", binary])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(binary): binary file (NUL byte at byte 0)", "parley: no articles to read in \(binary)"])
        #expect(run.stdout.isEmpty)
    }
}
