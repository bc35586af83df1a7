import Foundation
import Library

/// A one-line progress bar on stderr, redrawn in place: count, rate and time left. Silent when stderr
/// is not a terminal, so logs and pipes get only the summary.
final class ProgressBar {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.enabled = enabled
    }

    func update(_ progress: IndexProgress) {
        guard enabled else { return }
        let now = Date()
        // A few redraws a second are enough to read and cost nothing.
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.fraction >= 1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(progress, elapsed: now.timeIntervalSince(start))).utf8))
    }

    /// Clears the bar, so that the summary starts on a clean line.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func line(_ progress: IndexProgress, elapsed: TimeInterval, width: Int = 24) -> String {
        let fraction = min(1, max(0, progress.fraction))
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let count = progress.total.map { "\(progress.done)/\($0)" } ?? "\(progress.done)"
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : nil
        return "[\(bar)] \(count)  \(Int(rate.rounded()))/s  ETA \(eta.map(clock) ?? "--:--")"
    }

    private static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let tail = String(format: "%02d:%02d", minutes, rest)
        return hours > 0 ? "\(hours):\(tail)" : tail
    }
}
