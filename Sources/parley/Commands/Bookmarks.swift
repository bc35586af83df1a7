import ArgumentParser
import Foundation
import Library

struct Bookmarks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export the quotes bookmarked in the reader, oldest first.")

    @Option(help: "Output format: csv or jsonl.")
    var format: BookmarkFormat = .csv

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let store = try library.open(create: false)
        let bookmarks = try libraryCall { try store.bookmarks() }
        FileHandle.standardOutput.write(Data(format.render(bookmarks).utf8))
    }
}
