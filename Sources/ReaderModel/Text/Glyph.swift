/// What one grapheme cluster of article text becomes on screen: one or more cells' worth of
/// safe symbols. Control characters turn into visible notation and tabs into spaces, so no byte
/// from an article can drive the terminal.
public struct Glyph: Hashable, Sendable {
    public var symbol: String
    public var width: Int
    /// Shown in place of a control character.
    public var isControl: Bool

    public init(_ symbol: String, width: Int, isControl: Bool = false) {
        self.symbol = symbol
        self.width = width
        self.isControl = isControl
    }

    public static let tabStop = 8

    /// The glyphs for `character` when it starts at `column` (tabs depend on it).
    public static func of(_ character: Character, column: Int) -> [Glyph] {
        if character == "\t" {
            let spaces = tabStop - column % tabStop
            return Array(repeating: Glyph(" ", width: 1), count: spaces)
        }
        if let control = character.unicodeScalars.first(where: isControl) {
            return visible(control)
        }
        let width = DisplayWidth.of(character)
        return width == 0 ? [] : [Glyph(String(character), width: width)]
    }

    /// Printable ASCII, Latin, Greek and Cyrillic letters, general punctuation and currency signs
    /// (never marks, controls, format or wide characters): next to one another each is a grapheme
    /// cluster of its own, one column wide. Most article text is runs of these only, which are
    /// wrapped and drawn scalar by scalar, without finding clusters.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20C0:
            return true
        default:
            return false
        }
    }

    /// C0 (but tab and newline, which layout handles), DEL, C1 and the bidi overrides that could
    /// reorder what follows them on screen.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `^[` for ESC, `^A` for 0x01, `^?` for DEL; U+FFFD for C1 and bidi controls.
    static func visible(_ scalar: Unicode.Scalar) -> [Glyph] {
        let value = scalar.value
        if value < 0x20 || value == 0x7F {
            let letter = Character(Unicode.Scalar(UInt8(value ^ 0x40)))
            return [Glyph("^", width: 1, isControl: true), Glyph(String(letter), width: 1, isControl: true)]
        }
        return [Glyph("\u{FFFD}", width: 1, isControl: true)]
    }

    /// Columns `character` takes at `column`, as `of(_:column:)` would lay it out, without
    /// making the glyphs: wrapping measures every character of an article.
    public static func columns(of character: Character, at column: Int) -> Int {
        if let ascii = character.asciiValue {
            if ascii == 0x09 { return tabStop - column % tabStop }
            return ascii < 0x20 || ascii == 0x7F ? 2 : 1
        }
        if let control = character.unicodeScalars.first(where: isControl) {
            return control.value < 0x20 ? 2 : 1
        }
        return DisplayWidth.of(character)
    }

    /// Total width of a plain string laid out from column 0, as glyphs.
    public static func width(of string: some StringProtocol) -> Int {
        var column = 0
        for character in string {
            column += columns(of: character, at: column)
        }
        return column
    }

    /// A plain string as safe glyphs, for labels and titles; only as far as the first glyph that
    /// ends past `limit` columns, when given (a label cut to a pane need not be read to its end).
    public static func glyphs(of string: some StringProtocol, upTo limit: Int = .max) -> [Glyph] {
        var column = 0
        var result: [Glyph] = []
        for character in string {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii != 0x7F {
                // Printable ASCII, most of any label: one glyph, without an array for it.
                result.append(Glyph(String(character), width: 1))
                column += 1
                if column > limit { break }
                continue
            }
            let glyphs = of(character == "\n" || character == "\r\n" ? " " : character, column: column)
            column += glyphs.reduce(0) { $0 + $1.width }
            result += glyphs
            if column > limit { break }
        }
        return result
    }
}
