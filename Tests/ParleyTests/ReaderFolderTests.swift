import Foundation
import Testing
import TestSupport

/// The reader on a folder: the list made from the start of each file, a file that cannot be read kept in
/// its place with its problem.
struct ReaderFolderTests {
    @Test func anUnreadableFileIsListedWithItsProblemAndReportedOnce() throws {
        let folder = try TempFolder()
        try folder.write("a-good.txt", "Talks resume in Geneva\n\nBy Anna Petrova\n\nEnvoys met again on Monday.\n")
        let binary = try folder.write("b-binary.txt", [0x00, 0x01, 0x02, 0x00, 0x00, 0x05])
        let run = try ProcessRun.parley(["--render-once", "120x20", folder.path],
                                        environment: ["XDG_DATA_HOME": folder.path + "/data", "XDG_CONFIG_HOME": folder.path + "/config"])
        #expect(run.status == 0)
        #expect(run.stderrLines == ["parley: \(binary): binary file (NUL byte at byte 0)"])
        let rows = run.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("Talks resume in Geneva") && $0.contains("By Anna Petrova") })
        #expect(rows.contains { $0.contains("b-binary") && $0.contains("binary file") })
        #expect(rows.first?.contains("2 articles") == true)
    }

    @Test func aFolderOfUnreadableFilesIsNothingToRead() throws {
        let folder = try TempFolder()
        let binary = try folder.write("binary.txt", [0x00, 0x01, 0x02, 0x00, 0x00, 0x05])
        let run = try ProcessRun.parley(["--render-once", "120x20", folder.path],
                                        environment: ["XDG_DATA_HOME": folder.path + "/data", "XDG_CONFIG_HOME": folder.path + "/config"])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["parley: \(binary): binary file (NUL byte at byte 0)", "parley: no articles to read in \(folder.path)"])
    }
}
