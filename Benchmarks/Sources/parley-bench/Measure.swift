import Foundation

/// Wall-clock timing and memory readings for the benchmarks.
enum Measure {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func seconds(_ work: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Peak resident set size of this process so far, in bytes (Linux `VmHWM`).
    static func peakResidentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }

    /// Per-call latencies in milliseconds, sorted: wall clock, and this thread's CPU time, which
    /// leaves out the time other processes had the core (the machine is shared).
    static func latenciesWithCPU(count: Int, _ call: (Int) -> Void) -> (wall: [Double], cpu: [Double]) {
        var wall: [Double] = []
        var cpu: [Double] = []
        for index in 0..<count {
            let cpuStart = threadCPUNanoseconds()
            wall.append(seconds { call(index) } * 1000)
            cpu.append(Double(threadCPUNanoseconds() - cpuStart) / 1e6)
        }
        return (wall.sorted(), cpu.sorted())
    }

    static func threadCPUNanoseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}

extension Array where Element == Double {
    func percentile(_ p: Double) -> Double {
        isEmpty ? 0 : self[Swift.min(count - 1, Int(Double(count) * p))]
    }
}
