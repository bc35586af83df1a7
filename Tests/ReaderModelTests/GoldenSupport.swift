import Foundation
import ReaderModel
import Testing

/// A grid as text plus a parallel map of one letter per cell for its style, compared against
/// files in Goldens/; `PARLEY_RECORD=1` writes them instead.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func snapshot(_ grid: Grid) -> String {
        let text = (0..<grid.height).map { grid.text(row: $0) }
        let styles = (0..<grid.height).map { y in String(grid.row(y).map { letter($0.style) }) }
        return (text + ["-- styles --"] + styles).joined(separator: "\n") + "\n"
    }

    /// The role's letter; `*` for reversed text that is not a selection (the current quote or match).
    static func letter(_ style: Style) -> Character {
        if style.reverse { return "*" }
        switch style.role {
        case .text: return style.speaker == nil ? "." : "S"
        case .dim: return "d"
        case .title: return "T"
        case .byline: return "y"
        case .heading: return "H"
        case .caption: return "c"
        case .boilerplate: return "b"
        case .quote(.direct): return "Q"
        case .quote(.partial): return "P"
        case .quote(.indirect): return "I"
        case .speaker: return "S"
        case .stance: return "s"
        case .selection: return "#"
        case .selectionInactive: return "="
        case .searchMatch: return "M"
        case .currentQuote: return "*"
        case .status: return "_"
        case .statusMessage: return "!"
        case .border: return "|"
        case .borderFocus: return "F"
        case .paneTitle: return "t"
        case .paneTitleFocus: return "f"
        case .help: return "h"
        case .helpKey: return "k"
        case .control: return "^"
        }
    }

    static func check(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent("\(name).txt")
        let actual = snapshot(grid)
        if ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden \(file.lastPathComponent); record with PARLEY_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = expectedLines.indices.first { !actualLines.indices.contains($0) || actualLines[$0] != expectedLines[$0] } ?? expectedLines.count
            let show = { (lines: [Substring]) in lines.indices.contains(first) ? String(lines[first]) : "(none)" }
            Issue.record("""
                \(name) differs from its golden at line \(first + 1):
                expected: \(show(expectedLines))
                actual:   \(show(actualLines))
                """, sourceLocation: sourceLocation)
        }
    }
}
