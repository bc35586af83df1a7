/// The help overlay's lines, generated from the keymap so that they cannot drift from it.
enum HelpText {
    struct Line {
        var keys: String
        var text: String
        var isSection: Bool
    }

    static func lines(_ keymap: Keymap) -> [Line] {
        var lines: [Line] = []
        for section in Binding.Section.allCases {
            let bindings = keymap.bindings.filter { $0.section == section && !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isSection: false)) }
            lines.append(Line(keys: "", text: section.rawValue, isSection: true))
            for binding in bindings {
                lines.append(Line(keys: binding.keys.map(KeyName.format).joined(separator: " "), text: binding.help, isSection: false))
            }
        }
        return lines
    }
}

/// A centred box over the screen listing every binding.
struct HelpView {
    static let keysWidth = 18
    let keymap: Keymap
    let offset: Int
    let symbols: Symbols

    func draw(into grid: inout Grid) {
        let lines = HelpText.lines(keymap)
        let width = min(76, grid.width - 4)
        let height = min(lines.count + 2, grid.height - 3)
        let box = Rect(x: (grid.width - width) / 2, y: max(1, (grid.height - 1 - height) / 2), width: width, height: height)
        grid.fill(box, style: Style(.help))
        grid.box(box, title: " Help ", focused: true, symbols: symbols)
        let inner = box.inner
        for row in 0..<inner.height {
            guard lines.indices.contains(offset + row) else { break }
            let line = lines[offset + row]
            let y = inner.y + row
            if line.isSection {
                grid.draw(line.text, x: inner.x + 1, y: y, maxX: inner.maxX, style: Style(.heading, bold: true))
                continue
            }
            grid.draw(line.keys, x: inner.x + 2, y: y, maxX: inner.x + 2 + HelpView.keysWidth, style: Style(.helpKey, bold: true))
            grid.draw(line.text, x: inner.x + 3 + HelpView.keysWidth, y: y, maxX: inner.maxX, style: Style(.help),
                      ellipsis: symbols.ellipsis)
        }
        if lines.count > inner.height {
            let more = offset + inner.height < lines.count ? " j/k to scroll " : " end "
            grid.draw(more, x: box.maxX - 1 - Glyph.width(of: more), y: box.maxY - 1, style: Style(.paneTitle))
        }
    }
}
