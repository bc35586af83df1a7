import Foundation
import Library
import SyntheticNews

/// The library on a synthetic collection: indexing it from scratch and again unchanged, the file's size
/// per article, and search latency with and without filters.
enum LibraryBench {
    static let queries = [
        SearchQuery(text: "ceasefire"),
        SearchQuery(text: "sanctions OR tariffs"),
        SearchQuery(text: "\"peace talks\""),
        SearchQuery(text: "negotiat*", stance: .rejects),
        SearchQuery(text: "war", speaker: "Kovalenko"),
        SearchQuery(text: "talks", topic: "peace", kind: .direct),
        SearchQuery(text: "", speaker: "Nowak"),
    ]

    static func run(folder: String, articles: Int, label: String, into results: inout Results) throws {
        let database = folder + ".sqlite"
        defer { try? LibraryStore.remove(path: database) }
        // Each run opens and closes the library as `parley index` does; closing checkpoints the WAL.
        let index = { try Measure.seconds { _ = try Indexer(store: LibraryStore.open(path: database)).index(paths: [folder]) } }
        let first = try index()
        results.add("library: index \(label) from scratch", first, "s")
        results.add("library: index \(label) from scratch, rate", Double(articles) / first, "articles/s", higherIsBetter: true)
        results.add("library: database size per article, \(label)", Double(fileSize(database)) / Double(articles), "bytes")
        results.add("library: index \(label) again, nothing changed", try index(), "s")
        let store = try LibraryStore.open(path: database)
        // Each query once to warm the page cache, then timed.
        for query in queries { _ = try store.search(query) }
        var medians: [Double] = []
        for query in queries {
            let latencies = try (0..<5).map { _ in try Measure.seconds { _ = try store.search(query) } * 1000 }.sorted()
            medians.append(latencies.percentile(0.5))
            results.add("library: search \(label), \(describe(query))", medians.last ?? 0, "ms")
        }
        results.add("library: search \(label), median of the queries", medians.sorted().percentile(0.5), "ms")
        let open = Measure.seconds { _ = try? LibraryStore.open(path: database).actors() }
        results.add("library: open and list actors, \(label)", open * 1000, "ms")
        try readingState(store, label: label, into: &results)
    }

    /// What the reader reads at start-up when every article has been read and left somewhere.
    private static func readingState(_ store: LibraryStore, label: String, into results: inout Results) throws {
        for (number, document) in try store.documents().enumerated() {
            try store.savePosition(doc: document.doc, position: 100 + number)
            try store.setRead(doc: document.doc)
        }
        _ = try store.readingPositions()
        let latencies = try (0..<5).map { _ in try Measure.seconds { _ = try store.readingPositions() } * 1000 }.sorted()
        results.add("library: reading state at start, \(label) read", latencies.percentile(0.5), "ms")
    }

    /// `make bench-library`: these figures alone, without the rest of the suite.
    static func runAlone(writer: CorpusWriter, sizes: ArraySlice<Int>, out: String) throws {
        try AloneRun.run("library", writer: writer, sizes: sizes, out: out) { folder, size, results in
            try run(folder: folder, articles: size, label: "\(size / 1000)k", into: &results)
        }
    }

    /// The query as `parley search` arguments.
    private static func describe(_ query: SearchQuery) -> String {
        let filters = [("speaker", query.speaker), ("topic", query.topic), ("stance", query.stance?.rawValue), ("kind", query.kind?.rawValue)]
        return ([query.text.isEmpty ? "''" : query.text] + filters.compactMap { name, value in value.map { "--\(name) \($0)" } })
            .joined(separator: " ")
    }

    /// The database with its write-ahead log, which holds committed pages until the next checkpoint.
    private static func fileSize(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
