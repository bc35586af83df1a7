import Foundation

/// Writes N synthetic articles into a folder, 1,000 per subfolder so no folder grows unwieldy.
public struct CorpusWriter: Sendable {
    let generator: ArticleGenerator

    public init(sourceFolder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: sourceFolder).filter { $0.hasSuffix(".txt") }
        let texts = try names.sorted().map { try String(contentsOfFile: sourceFolder + "/" + $0, encoding: .utf8) }
        generator = ArticleGenerator(phrasebook: Phrasebook(texts: texts))
    }

    /// Returns the number of bytes written.
    @discardableResult
    public func write(articles: Int, seed: UInt64, to folder: String) throws -> Int {
        var bytes = 0
        for index in 0..<articles {
            let sub = folder + "/" + padded(index / 1000, to: 3)
            if index % 1000 == 0 { try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true) }
            let data = Data(generator.article(seed: seed &* 1_000_003 &+ UInt64(index)).utf8)
            try data.write(to: URL(fileURLWithPath: sub + "/a" + padded(index, to: 6) + ".txt"))
            bytes += data.count
        }
        return bytes
    }

    /// The texts alone, in memory, for in-process benchmarks.
    public func texts(articles: Int, seed: UInt64) -> [String] {
        (0..<articles).map { generator.article(seed: seed &* 1_000_003 &+ UInt64($0)) }
    }

    private func padded(_ number: Int, to digits: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
