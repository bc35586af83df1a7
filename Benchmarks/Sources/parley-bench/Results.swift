import Foundation

/// One measured figure. `higherIsBetter` decides what counts as a regression.
struct Figure: Codable {
    var name: String
    var value: Double
    var unit: String
    var higherIsBetter: Bool
}

/// Collects figures, prints the table, writes JSON, and flags regressions against the previous run.
struct Results {
    private(set) var figures: [Figure] = []
    /// Only figures whose name contains this are measured (`--only`), for profiling one of them.
    var only: String?

    func wants(_ name: String) -> Bool { only.map(name.contains) ?? true }

    mutating func add(_ name: String, _ value: Double, _ unit: String, higherIsBetter: Bool = false) {
        figures.append(Figure(name: name, value: value, unit: unit, higherIsBetter: higherIsBetter))
        let shown = value >= 100 ? String(format: "%.0f", value) : String(format: "%.3f", value)
        print(name.padding(toLength: 72, withPad: " ", startingAt: 0) + shown.leftPadded(12) + " " + unit)
    }

    /// Writes `path`, keeping the old file as the baseline; returns the names of figures more than 10% worse.
    func save(to path: String) throws -> [String] {
        let previous = (try? Data(contentsOf: URL(fileURLWithPath: path)))
            .flatMap { try? JSONDecoder().decode([Figure].self, from: $0) } ?? []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        if !previous.isEmpty {
            try? FileManager.default.removeItem(atPath: path + ".previous")
            try? FileManager.default.moveItem(atPath: path, toPath: path + ".previous")
        }
        try encoder.encode(figures).write(to: URL(fileURLWithPath: path))
        let old = Dictionary(previous.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return figures.compactMap { figure in
            guard let before = old[figure.name], before.value > 0, figure.value > 0 else { return nil }
            let worse = figure.higherIsBetter ? before.value / figure.value : figure.value / before.value
            guard worse > 1.10 else { return nil }
            let change = String(format: "%.3f → %.3f", before.value, figure.value)
            return "\(figure.name): \(change) \(figure.unit) (\(Int((worse - 1) * 100))% worse)"
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - count)) + self }
}
