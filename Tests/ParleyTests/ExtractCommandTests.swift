import Foundation
import Testing

@Test func extractPrintsOneRecordPerArticle() throws {
    let process = Process()
    process.executableURL = Binary.url
    process.arguments = ["extract", Binary.packageRoot.appendingPathComponent("corpus").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(process.terminationStatus == 0)
    #expect(lines.count == 2)
}
