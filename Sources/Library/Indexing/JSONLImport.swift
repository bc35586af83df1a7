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

    /// Loads the lines of `file`, or of standard input for `-`.
    public func load(file: String, progress: (IndexProgress) -> Void = { _ in }) throws(LibraryError) -> IndexSummary {
        var summary = IndexSummary()
        guard let lines = LineReader(path: file) else {
            summary.problems.append(LoadProblem(path: file, message: "cannot open: \(String(cString: strerror(errno)).lowercased())"))
            return summary
        }
        // Standard input has no size: the fraction stays 0 and no time left is shown.
        let size = file == "-" ? Int.max : max(1, (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 1)
        let decoder = JSONDecoder()
        var number = 0
        while let line = lines.next() {
            number += 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                let record = Self.record(try decoder.decode(ExtractLine.self, from: Data(line.utf8)))
                let replaced = try store.write { db in try DocumentWriter.replace(record, engineVersion: engineVersion, in: db) }
                if replaced { summary.changed += 1 } else { summary.new += 1 }
            } catch let error as LibraryError {
                summary.problems.append(LoadProblem(path: "\(file):\(number)", message: "cannot store: \(error)"))
            } catch {
                summary.problems.append(LoadProblem(path: "\(file):\(number)", message: "not a parley extract line: \(Self.reason(error))"))
            }
            progress(IndexProgress(done: summary.new + summary.changed, total: nil, fraction: min(1, Double(lines.offset) / Double(size))))
        }
        try store.write { db in try DocumentWriter.pruneActors(in: db) }
        return summary
    }

    /// The line's article file, read when it is still there, is what makes its text searchable.
    private static func record(_ line: ExtractLine) -> DocumentRecord {
        let path = Indexer.absolute(line.path)
        let source = FileManager.default.fileExists(atPath: path) ? Loader.load(paths: [path]).sources.first : nil
        return DocumentRecord(line, path: path, text: source?.text, mtime: source.flatMap { _ in Indexer.modificationTime(path) })
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
