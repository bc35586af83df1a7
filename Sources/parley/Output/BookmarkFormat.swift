import ArgumentParser
import Foundation
import Library

/// How `parley bookmarks` exports; times are ISO 8601 in UTC.
enum BookmarkFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, jsonl

    static let csvHeader = ["doc", "quote", "start", "end", "speaker", "text", "created"]

    func render(_ bookmarks: [Bookmark]) -> String {
        switch self {
        case .csv:
            return QuoteCSV.record(Self.csvHeader) + bookmarks.map { bookmark in
                QuoteCSV.record([bookmark.doc, bookmark.quote, bookmark.start.map(String.init) ?? "", bookmark.end.map(String.init) ?? "",
                                 bookmark.speaker ?? "", bookmark.text ?? "", Self.time(bookmark.created)])
            }.joined()
        case .jsonl:
            return bookmarks.map { bookmark in
                JSONWriter.encode(.object([
                    ("doc", .string(bookmark.doc)), ("quote", .string(bookmark.quote)), ("start", .int(bookmark.start)),
                    ("end", .int(bookmark.end)), ("speaker", .string(bookmark.speaker)), ("text", .string(bookmark.text)),
                    ("created", .string(Self.time(bookmark.created))),
                ])) + "\n"
            }.joined()
        }
    }

    private static func time(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
