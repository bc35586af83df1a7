import Foundation
import Testing

@Test func extractPrintsOneRecordPerArticle() throws {
    let run = try ProcessRun.parley(["extract", Binary.packageRoot.appendingPathComponent("corpus").path])
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 2)
}
