#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the loader needs, with failures turned into the messages users see.
enum FileSystem {
    /// `special` is a FIFO, socket or device: reading one may block or never end.
    enum Kind { case directory, file, special }

    /// Inputs are read whole, so a bound keeps memory bounded (a device like /dev/zero never ends).
    static let maximumSize = 256 << 20

    static func kind(of path: String) -> Result<Kind, FileError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(FileError(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .success(.directory)
        case S_IFREG: return .success(.file)
        default: return .success(.special)
        }
    }

    /// The canonical path with every symlink resolved, so that a folder reached twice is recognised.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A folder's entries, with their kind when the folder says it (a link or an unknown kind is nil:
    /// `kind(of:)` finds out), which spares a stat per file in a large folder.
    static func entries(of directory: String) -> Result<[(name: String, kind: Kind?)], FileError> {
        guard let handle = opendir(directory) else { return .failure(FileError(errno: errno)) }
        defer { closedir(handle) }
        var entries: [(name: String, kind: Kind?)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            let kind: Kind? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): .directory
            case Int32(DT_REG): .file
            default: nil
            }
            entries.append((name, kind))
        }
        return .success(entries)
    }

    /// Byte order of the UTF-8, the same on every machine and locale.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    static func contents(of path: String) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
        defer { close(descriptor) }
        return readAll(descriptor)
    }

    /// At most the first `count` bytes of a file, and whether they are all of it.
    static func start(of path: String, bytes count: Int) -> Result<(bytes: [UInt8], isWhole: Bool), FileError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count + 1)
        var filled = 0
        // One byte more than asked tells whether the file goes on.
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(FileError(errno: errno))
            }
            if got == 0 { break }
            filled += got
        }
        return .success((Array(bytes[0..<min(filled, count)]), filled <= count))
    }

    static func readAll(_ descriptor: Int32) -> Result<[UInt8], FileError> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileError(errno: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumSize { return .failure(FileError(message: "file too large (over \(maximumSize >> 20) MiB)")) }
        }
    }
}

/// A failed system call, worded for a one-line diagnostic.
struct FileError: Error {
    let message: String

    init(message: String) { self.message = message }

    init(errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: message = "no such file or directory"
        case EACCES, EPERM: message = "cannot read: permission denied"
        default:
            let reason = String(cString: strerror(code))
            message = "cannot read: " + reason.prefix(1).lowercased() + reason.dropFirst()
        }
    }
}
