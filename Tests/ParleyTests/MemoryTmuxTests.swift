import Foundation
import Library
import Testing
import TestSupport

/// The reader remembers across runs, in a real terminal: place, bookmarks, read articles; and reads
/// on without memory when the library is unusable. HOME and XDG_DATA_HOME are a temporary folder.
@Suite(.serialized)
struct MemoryTmuxTests {
    static var reader: String { TmuxTests.reader }

    /// The library the reader uses under `home` (XDG_DATA_HOME is `home/.local/share`).
    static func library(_ home: TempFolder) -> String { home.path + "/.local/share/parley/library.sqlite" }

    @Test func reopeningReturnsToThePlaceWithTheBookmarkAndTheArticleRead() throws {
        let home = try TempFolder("memory")
        let first = try Tmux(width: 120, height: 40, command: Self.reader, home: home.url)
        first.wait(for: "— 2 unread")
        try first.send("Enter")
        first.wait(for: " Document ")
        try first.send("}")
        first.wait(for: "a current quote") { $0.range(of: #"│ quote 1/[0-9]+ │"#, options: .regularExpression) != nil }
        try first.send("s")
        first.wait(for: "bookmarked")
        for _ in 0..<3 {
            let before = first.screen
            try first.send("j")
            first.wait(for: "a line further") { $0 != before }
        }
        let left = Self.body(first.screen)
        try first.send("Q")
        #expect(first.waitUntilDead())

        let second = try Tmux(width: 120, height: 40, command: Self.reader, home: home.url)
        second.wait(for: "the article reopened") { $0.contains(" Document ") && $0.contains("│ READ") }
        #expect(Self.body(second.screen) == left, "the same article at the same place")
        try second.send("k", "k", "k")
        second.wait(for: "the bookmark marker") { screen in
            screen.split(separator: "\n").contains { $0.contains("││●") }
        }
        try second.send("q")
        second.wait(for: "— 1 unread")
        let rows = second.screen.split(separator: "\n")
        #expect(rows.count > 2 && rows[1].hasPrefix(" ") && rows[2].hasPrefix("●"), "the first article read, the second not")
        try second.send("Q")
        #expect(second.waitUntilDead())

        let export = try ProcessRun.parley(["bookmarks", "--format", "jsonl", "--db", Self.library(home)])
        #expect(export.status == 0)
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any])
        #expect(record["doc"] as? String == "000_a280059d1002da3e")
        #expect(record["quote"] as? String != nil)
        #expect((record["text"] as? String)?.isEmpty == false)
    }

    /// Reading a library (--db), its own file keeps the reading state, and S searches it.
    @Test func theLibraryReadKeepsTheStateAndSearchesFromTheReader() throws {
        let home = try TempFolder("memory")
        let news = try NewsFolder(count: 3)
        #expect(try news.parley(["index", "news"]).status == 0)
        let reader = "'\(Binary.url.path)' --db '\(news.database)'"
        let first = try Tmux(width: 120, height: 40, command: reader, home: home.url)
        first.wait(for: "— 3 unread")
        try first.send("S")
        first.wait(for: "search library: _")
        try first.send("-l", "give up")
        try first.send("Enter")
        first.wait(for: "Library search \"give up\"")
        first.wait(for: "Maria Keller │ Talks resume in round")
        try first.send("Enter")
        first.wait(for: "the hit's article") { $0.contains(" Document ") && $0.contains("│ Maria Keller │ quote ") }
        try first.send("Q")
        #expect(first.waitUntilDead())

        let store = try LibraryStore.open(path: news.database, create: false)
        let resume = try #require(try store.resumeState())
        #expect(resume.inArticle)
        #expect(try store.readingState(doc: resume.doc)?.read == true)
        #expect(!FileManager.default.fileExists(atPath: Self.library(home)), "the default library is not made")

        let second = try Tmux(width: 120, height: 40, command: reader, home: home.url)
        second.wait(for: "the article reopened") { $0.contains(" Document ") && $0.contains("│ READ") }
        try second.send("q")
        second.wait(for: "— 2 unread")
    }

    @Test func anUnusableLibraryIsOneMessageAndReadingGoesOn() throws {
        let home = try TempFolder("memory")
        try home.write(".local/share/parley/library.sqlite", String(repeating: "not a database. ", count: 500))
        let tmux = try Tmux(width: 120, height: 40, command: Self.reader, home: home.url)
        tmux.wait(for: "reading state is not remembered")
        #expect(!tmux.screen.contains("unread"))
        try tmux.send("Enter")
        tmux.wait(for: " Document ")
        try tmux.send("Q")
        #expect(tmux.waitUntilDead())
        let bytes = try String(contentsOfFile: Self.library(home), encoding: .utf8)
        #expect(bytes.hasPrefix("not a database."), "the file is left as it was")
    }

    /// The screen without its status line, which carries transient messages.
    static func body(_ screen: String) -> [Substring] {
        Array(screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2))
    }
}

/// `--render-once` prints a frame and nothing else: it neither creates nor changes the library.
@Test func renderOnceLeavesTheLibraryAlone() throws {
    let home = try TempFolder("memory")
    let environment = ["HOME": home.path, "XDG_DATA_HOME": home.path + "/.local/share"]
    let run = try ProcessRun.parley(["--render-once", "100x30", TmuxTests.corpus], environment: environment)
    #expect(run.status == 0)
    #expect(run.stdout.contains("parley — 2 articles"))
    #expect(!run.stdout.contains("unread"))
    #expect(!FileManager.default.fileExists(atPath: MemoryTmuxTests.library(home)))
}
