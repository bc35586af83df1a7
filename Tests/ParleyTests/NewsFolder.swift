import Foundation
import GRDB
import TestSupport

/// Wire stories in a temporary folder, with a library file beside them, for the library commands.
final class NewsFolder {
    let folder: TempFolder
    var news: String { folder.path + "/news" }
    var database: String { folder.path + "/library.sqlite" }

    init(count: Int) throws {
        folder = try TempFolder()
        for n in 0..<count { try write(n) }
    }

    func write(_ n: Int, topic: String = "the ceasefire") throws {
        try folder.write(String(format: "news/story%04d.txt", n), """
            Talks resume in round \(n)

            Envoys met again on Monday to discuss \(topic).

            "We will not give up on \(topic)," Foreign Minister Maria Keller said after round \(n). Keller added that a deal was close.

            """)
    }

    /// Runs `parley` with `--db` pointing at this folder's library.
    func parley(_ arguments: [String]) throws -> ProcessRun {
        try ProcessRun.parley(arguments + ["--db", database], in: folder.url)
    }

    /// A look at the library file that goes around parley: read-only, and 0 before there are documents.
    func committedDocuments() -> Int {
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        let count = try? DatabaseQueue(path: database, configuration: configuration).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")
        }
        return count.flatMap { $0 } ?? 0
    }
}
