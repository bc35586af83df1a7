import Foundation

/// Reads a text file, or standard input for `-`, a line at a time, so that JSONL of any size streams through.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    /// Bytes consumed so far, for progress.
    private(set) var offset = 0

    init?(path: String) {
        // A duplicate of standard input, so that closing it leaves the process's own open.
        guard let file = path == "-" ? fdopen(dup(STDIN_FILENO), "r") : fopen(path, "r") else { return nil }
        self.file = file
    }

    deinit {
        free(buffer)
        fclose(file)
    }

    /// The next line without its line break; nil at the end of the file.
    func next() -> String? {
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        offset += length
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        var line = String(decoding: bytes, as: UTF8.self)
        // "\r\n" is one Character, so this drops either kind of line break.
        if line.last?.isNewline == true { line.removeLast() }
        return line
    }
}
