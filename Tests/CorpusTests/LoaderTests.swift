@testable import Corpus
import Foundation
import Testing
import TestSupport

private func messages(_ result: LoadResult) -> [String] { result.problems.map(\.description) }

@Test func loadsAFileNamedExplicitlyWhateverItsExtension() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("notes.text", "Hello.")
    let result = Loader.load(paths: [path])
    #expect(result.problems.isEmpty)
    #expect(result.sources.map(\.doc) == ["notes"])
    #expect(result.sources.map(\.path) == [path])
    #expect(result.sources.map(\.text) == ["Hello."])
}

@Test func walksAFolderRecursivelyInPathOrderKeepingOnlyTextAndMarkdown() throws {
    let dir = try TempFolder("loader")
    try dir.write("b.txt", "B")
    try dir.write("a.md", "A")
    try dir.write("sub/c.txt", "C")
    try dir.write("image.png", "not text")
    try dir.write("README", "no extension")
    let result = Loader.load(paths: [dir.path + "/"])
    #expect(result.problems.isEmpty)
    #expect(result.sources.map(\.doc) == ["a", "b", "c"])
    #expect(result.sources.map(\.path) == [dir.path + "/a.md", dir.path + "/b.txt", dir.path + "/sub/c.txt"])
}

@Test func skipsHiddenFilesAndHiddenFolders() throws {
    let dir = try TempFolder("loader")
    try dir.write("shown.txt", "shown")
    try dir.write(".hidden.txt", "hidden")
    try dir.write(".git/inside.txt", "hidden")
    let result = Loader.load(paths: [dir.path])
    #expect(result.sources.map(\.doc) == ["shown"])
}

@Test func survivesASymlinkLoop() throws {
    let dir = try TempFolder("loader")
    try dir.write("sub/a.txt", "A")
    try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub/loop", withDestinationPath: dir.path)
    let result = Loader.load(paths: [dir.path])
    #expect(result.problems.isEmpty)
    #expect(result.sources.map(\.doc) == ["a"])
}

@Test func readsStandardInputForADash() {
    let result = Loader.load(paths: ["-"]) { .success(Array("From a pipe.".utf8)) }
    #expect(result.sources.map(\.doc) == ["stdin"])
    #expect(result.sources.map(\.path) == ["-"])
    #expect(result.sources.map(\.text) == ["From a pipe."])
}

@Test func skipsAUTF8ByteOrderMark() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Text".utf8))
    #expect(Loader.load(paths: [path]).sources.map(\.text) == ["Text"])
}

@Test func decodesUTF16WithAByteOrderMark() throws {
    let dir = try TempFolder("loader")
    let text = "Zürich 🙂"
    let units = Array(text.utf16)
    let little = try dir.write("le.txt", [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let big = try dir.write("be.txt", [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    let result = Loader.load(paths: [little, big])
    #expect(result.problems.isEmpty)
    #expect(result.sources.map(\.text) == [text, text])
}

@Test func replacesInvalidUTF8AndWarnsWithTheByteOffset() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8))
    let result = Loader.load(paths: [path])
    #expect(result.sources.map(\.text) == ["Caf\u{FFFD} au lait"])
    #expect(messages(result) == ["\(path): invalid UTF-8 at byte 3, replaced with U+FFFD"])
    #expect(result.problems.map(\.severity) == [.warning])
    #expect(!result.hasErrors)
}

@Test func rejectsABinaryFileNamingTheFirstNulByte() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("data.txt", [0x41, 0x42, 0x00, 0x43])
    let result = Loader.load(paths: [path])
    #expect(result.sources.isEmpty)
    #expect(messages(result) == ["\(path): binary file (NUL byte at byte 2)"])
    #expect(result.problems.map(\.severity) == [.error])
}

@Test func rejectsEmptyAndWhitespaceOnlyFiles() throws {
    let dir = try TempFolder("loader")
    let empty = try dir.write("empty.txt", [])
    let blank = try dir.write("blank.txt", " \n\t\n")
    let result = Loader.load(paths: [empty, blank])
    #expect(result.sources.isEmpty)
    #expect(messages(result) == ["\(empty): empty file", "\(blank): empty file"])
}

@Test func reportsAMissingPath() throws {
    let dir = try TempFolder("loader")
    let missing = dir.path + "/nowhere.txt"
    #expect(messages(Loader.load(paths: [missing])) == ["\(missing): no such file or directory"])
}

@Test func reportsAFolderWithoutTexts() throws {
    let dir = try TempFolder("loader")
    try dir.write("picture.png", [0x89, 0x50])
    #expect(messages(Loader.load(paths: [dir.path])) == ["\(dir.path): no .txt or .md files"])
}

@Test func reportsAnUnreadableFile() throws {
    let dir = try TempFolder("loader")
    let path = try unreadableFile(in: dir)
    let result = Loader.load(paths: [path])
    #expect(result.sources.isEmpty)
    #expect(messages(result) == ["\(path): cannot read: permission denied"])
}

/// Root reads a file whatever its mode, but the kernel still refuses it a write-only sysctl.
private func unreadableFile(in dir: TempFolder) throws -> String {
    if geteuid() == 0 { return "/proc/sys/vm/drop_caches" }
    let path = try dir.write("secret.txt", "secret")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
    return path
}

@Test func keepsLoadingAfterAProblem() throws {
    let dir = try TempFolder("loader")
    let good = try dir.write("good.txt", "Fine.")
    let result = Loader.load(paths: [dir.path + "/missing.txt", good])
    #expect(result.sources.map(\.doc) == ["good"])
    #expect(result.problems.count == 1)
}

@Test func replacesAnUnpairedUTF16SurrogateAndWarns() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("broken.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
    let result = Loader.load(paths: [path])
    #expect(result.sources.map(\.text) == ["A\u{FFFD}B"])
    #expect(messages(result) == ["\(path): invalid UTF-16 at byte 4, replaced with U+FFFD"])
}

@Test func recognisesUTF16WithoutAByteOrderMarkByItsNULBytes() throws {
    let dir = try TempFolder("loader")
    let text = "Harbour talks\n\"The tide is late,\" Edda Vorn said."
    let units = Array(text.utf16)
    let little = try dir.write("le.txt", units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let big = try dir.write("be.txt", units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    let result = Loader.load(paths: [little, big])
    #expect(result.sources.map(\.text) == [text, text])
    #expect(messages(result) == ["\(little): no byte order mark, read as UTF-16LE", "\(big): no byte order mark, read as UTF-16BE"])
    #expect(!result.hasErrors)
}

@Test func nulBytesScatteredOverBothOffsetsAreBinary() throws {
    let dir = try TempFolder("loader")
    let path = try dir.write("blob.txt", [0x89, 0x50, 0x00, 0x00, 0x4E, 0x00, 0x47, 0x0D, 0x00, 0x0A, 0x1A, 0x0A])
    let result = Loader.load(paths: [path])
    #expect(result.sources.isEmpty)
    #expect(messages(result) == ["\(path): binary file (NUL byte at byte 2)"])
}

@Test func aFIFOInAFolderIsReportedNotRead() throws {
    let dir = try TempFolder("loader")
    try dir.write("story.txt", "Story")
    #expect(mkfifo(dir.path + "/pipe.txt", 0o600) == 0)
    let result = Loader.load(paths: [dir.path])
    #expect(result.sources.map(\.doc) == ["story"])
    #expect(messages(result) == ["\(dir.path)/pipe.txt: not a regular file"])
}

@Test func theDocNameIsTheFileNameWithoutItsExtension() throws {
    let dir = try TempFolder("loader")
    for name in ["story.txt", "a.b.md", ".hidden.txt", "noext", "double..txt", "trailing.", "sp ace.txt"] {
        let path = try dir.write(name, "Title\n")
        let expected = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        #expect(try Loader.load(file: path).get().doc == expected, "\(name)")
        #expect(Loader.load(paths: [path]).sources.first?.doc == expected, "\(name)")
    }
}
