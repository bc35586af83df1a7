import Corpus
import Foundation

/// Loads `parley extract` JSONL made elsewhere (one process per partition of a large collection), so
/// that this machine stores the results instead of extracting again. Each line is committed on its
/// own; a bad line is reported with its number and skipped.
public struct JSONLImport: Sendable {
    public let store: LibraryStore
    public var engineVersion = EngineVersion.current

    public init(store: LibraryStore) {
        self.store = store
    }

    /// Lines decoded together, while the ones before are stored.
    static let batchSize = 128

    /// Loads the lines of `file`, or of standard input for `-`.
    public func load(file: String, progress: (IndexProgress) -> Void = { _ in }) throws(LibraryError) -> IndexSummary {
        var summary = IndexSummary()
        guard let lines = LineReader(path: file) else {
            summary.problems.append(LoadProblem(path: file, message: "cannot open: \(String(cString: strerror(errno)).lowercased())"))
            return summary
        }
        // Standard input has no size: the fraction stays 0 and no time left is shown.
        let size = file == "-" ? Int.max : max(1, (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 1)
        var number = 0
        func decodeNextBatch() -> Background<[Result<DocumentRecord, LoadProblem>]>? {
            var batch: [(number: Int, line: String)] = []
            while batch.count < Self.batchSize, let line = lines.next() {
                number += 1
                if !line.allSatisfy(\.isWhitespace) { batch.append((number, line)) }
            }
            guard !batch.isEmpty else { return nil }
            let taken = batch
            return Background {
                let decoder = JSONDecoder()
                return taken.map { Self.record(decoder, $0.line, at: "\(file):\($0.number)") }
            }
        }
        var pending = decodeNextBatch()
        while let current = pending {
            pending = decodeNextBatch()
            for result in current.wait() {
                switch result {
                case .success(let record):
                    do {
                        let replaced = try store.write { db in try DocumentWriter.replace(record, engineVersion: engineVersion, in: db) }
                        if replaced { summary.changed += 1 } else { summary.new += 1 }
                    } catch {
                        summary.problems.append(LoadProblem(path: record.path, message: "cannot store: \(error)"))
                    }
                case .failure(let problem):
                    summary.problems.append(problem)
                }
                progress(IndexProgress(done: summary.new + summary.changed, total: nil, fraction: min(1, Double(lines.offset) / Double(size))))
            }
        }
        try store.write { db in try DocumentWriter.pruneActors(in: db) }
        return summary
    }

    /// One line decoded into a record, or why it is not a `parley extract` line.
    private static func record(_ decoder: JSONDecoder, _ line: String, at place: String) -> Result<DocumentRecord, LoadProblem> {
        do {
            return .success(record(try decoder.decode(ExtractLine.self, from: Data(line.utf8))))
        } catch {
            return .failure(LoadProblem(path: place, message: "not a parley extract line: \(reason(error))"))
        }
    }

    /// The line's article file, read when it is still there, is what makes its text searchable, and its
    /// hash what lets `parley index` find it unchanged.
    private static func record(_ line: ExtractLine) -> DocumentRecord {
        let path = Indexer.absolute(line.path)
        guard let bytes = FileManager.default.contents(atPath: path), let source = Loader.load(paths: [path]).sources.first else {
            return DocumentRecord(line, path: path, text: nil, contentHash: nil, mtime: nil)
        }
        return DocumentRecord(line, path: path, text: source.text, contentHash: ContentHash.of(bytes), mtime: Indexer.modificationTime(path))
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? context.debugDescription : "bad \"\(field)\": \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}
