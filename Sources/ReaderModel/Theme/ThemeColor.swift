/// A colour as a theme writes it: a name, `#rrggbb`, or a 0-255 palette index.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    case indexed(Int)
    case rgb(Int, Int, Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "default" || lower == "none" {
            self = .terminalDefault
        } else if let index = ThemeColor.names.firstIndex(of: lower) {
            self = .indexed(index)
        } else if lower.hasPrefix("bright-"), let index = ThemeColor.names.firstIndex(of: String(lower.dropFirst(7))) {
            self = .indexed(index + 8)
        } else if lower.hasPrefix("#"), lower.count == 7, let value = Int(lower.dropFirst(), radix: 16) {
            self = .rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF)
        } else if let index = Int(lower), (0...255).contains(index) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The colour number to use at a colour depth; nil for the terminal default. At truecolor
    /// the number is 0xRRGGBB, for terminals that take direct colours.
    public func resolved(for depth: ColorDepth) -> Int? {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .none): return nil
        case (.indexed(let index), .basic): return index < 16 ? index % 8 : ThemeColor.nearestBasic(ThemeColor.rgb(ofIndex: index))
        case (.indexed(let index), _): return index
        case (.rgb(let r, let g, let b), .truecolor): return r << 16 | g << 8 | b
        case (.rgb(let r, let g, let b), .indexed256): return ThemeColor.nearest256(r, g, b)
        case (.rgb(let r, let g, let b), .basic): return ThemeColor.nearestBasic((r, g, b))
        }
    }

    /// The xterm colour cube or grey ramp entry closest to a colour.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        let level = { (value: Int) in value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40 }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let grey = min(23, max(0, (r + g + b) / 3 - 3) / 10)
        let greyValue = 8 + grey * 10
        let cubeRGB = rgb(ofIndex: cube)
        let cubeDistance = distance(cubeRGB, (r, g, b))
        return distance((greyValue, greyValue, greyValue), (r, g, b)) < cubeDistance ? 232 + grey : cube
    }

    /// Of the 8 basic colours, the one whose hue is closest: each channel on or off.
    static func nearestBasic(_ rgb: (Int, Int, Int)) -> Int {
        let brightest = max(rgb.0, rgb.1, rgb.2)
        guard brightest >= 64 else { return 0 }
        let on = { (value: Int) in value * 2 > brightest ? 1 : 0 }
        return on(rgb.0) | on(rgb.1) << 1 | on(rgb.2) << 2
    }

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            let scale = index >= 8 ? 255 : 205
            let base = index % 8
            return ((base & 1) * scale, (base >> 1 & 1) * scale, (base >> 2 & 1) * scale)
        case 16..<232:
            let steps = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6])
        default:
            let grey = 8 + (index - 232) * 10
            return (grey, grey, grey)
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    }
}

/// How many colours the terminal can show, best first.
public enum ColorDepth: String, Hashable, Sendable, CaseIterable {
    case truecolor, indexed256 = "256", basic = "8", none

    /// NO_COLOR wins; COLORTERM=truecolor|24bit means direct colours when the terminal has
    /// enough colour numbers for them; else what the terminal reports.
    public static func detect(environment: [String: String], terminalColors: Int, hasColors: Bool) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors, terminalColors >= 8 else { return .none }
        let colorterm = environment["COLORTERM"]?.lowercased()
        if colorterm == "truecolor" || colorterm == "24bit", terminalColors >= 0x1000000 { return .truecolor }
        return terminalColors >= 256 || colorterm == "truecolor" || colorterm == "24bit" ? .indexed256 : .basic
    }
}
