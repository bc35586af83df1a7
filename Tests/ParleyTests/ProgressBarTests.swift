import Library
@testable import parley
import Testing

@Test func theProgressLineShowsCountRateAndTimeLeft() {
    let line = ProgressBar.line(IndexProgress(done: 250, total: 1000, fraction: 0.25), elapsed: 10, width: 8)
    #expect(line == "[##------] 250/1000  25/s  ETA 00:30")
    let unknown = ProgressBar.line(IndexProgress(done: 0, total: nil, fraction: 0), elapsed: 0, width: 4)
    #expect(unknown == "[----] 0  0/s  ETA --:--")
    let long = ProgressBar.line(IndexProgress(done: 1, total: 10_000, fraction: 0.0001), elapsed: 1, width: 4)
    #expect(long.hasSuffix("ETA 2:46:39"))
}
