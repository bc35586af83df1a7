import Foundation
import Testing
import TestSupport

/// The reader on a library: `--db PATH`, and the default library when no paths are given. Every run has
/// its own HOME and XDG_DATA_HOME, so that no test sees the real library.
struct ReaderLibraryTests {
    /// A private home, with the default library at `library` once indexed there.
    final class Home {
        let folder: TempFolder
        var data: String { folder.path + "/data" }
        var library: String { data + "/parley/library.sqlite" }
        var environment: [String: String] { ["HOME": folder.path, "XDG_DATA_HOME": data, "XDG_CONFIG_HOME": folder.path + "/config"] }

        init() throws { folder = try TempFolder() }

        func parley(_ arguments: [String], in directory: URL? = nil) throws -> ProcessRun {
            try ProcessRun.parley(arguments, in: directory ?? folder.url, environment: environment)
        }
    }

    @Test func dbOpensTheReaderOnTheIndexedTitles() throws {
        let home = try Home()
        let news = try NewsFolder(count: 3)
        #expect(try home.parley(["index", news.news, "--db", news.database]).status == 0)
        let run = try home.parley(["--db", news.database, "--render-once", "120x40"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        for n in 0..<3 { #expect(run.stdout.contains("Talks resume in round \(n)")) }
        #expect(run.stdout.contains("parley — 3 articles"))
        // The corpus-wide view comes from the library: no background parse to wait for.
        #expect(!run.stdout.contains("parsing"))
    }

    @Test func aMissingDbIsOneLineAndExitStatus1() throws {
        let home = try Home()
        let missing = home.folder.path + "/none.sqlite"
        let run = try home.parley(["--db", missing, "--render-once", "120x40"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["parley: \(missing): no library here; make one with `parley index --db \(missing) DIR`"])
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aDamagedDbIsOneLineAndExitStatus1() throws {
        let home = try Home()
        let damaged = try home.folder.write("damaged.sqlite", String(repeating: "not a database. ", count: 300))
        let run = try home.parley(["--db", damaged, "--render-once", "120x40"])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderrLines.first?.hasPrefix("parley: \(damaged): not a parley library") == true)
    }

    @Test func withoutPathsTheDefaultLibraryIsRead() throws {
        let home = try Home()
        let news = try NewsFolder(count: 2)
        #expect(try home.parley(["index", news.news]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.library))
        // In the package root, where ./corpus exists: the library comes first.
        let run = try home.parley(["--render-once", "120x40"], in: Binary.packageRoot)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Talks resume in round 1"))
        #expect(run.stdout.contains("parley — 2 articles"))
    }

    @Test func withoutPathsAndNoLibraryTheReaderReadsTheCorpusFolder() throws {
        let home = try Home()
        let run = try home.parley(["--render-once", "120x40"], in: Binary.packageRoot)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Kremlin staging under the guise of peace talks"))
        #expect(!FileManager.default.fileExists(atPath: home.library))
    }

    @Test func anEmptyDefaultLibraryIsPassedOver() throws {
        let home = try Home()
        _ = try ProcessRun.parley(["index", "--from-jsonl", "-"], in: home.folder.url, environment: home.environment)
        #expect(FileManager.default.fileExists(atPath: home.library))
        let run = try home.parley(["--render-once", "120x40"], in: Binary.packageRoot)
        #expect(run.stdout.contains("Kremlin staging under the guise of peace talks"))
    }
}
