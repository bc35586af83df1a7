/// Output bound for a terminal, with every control character made visible: an article's escape
/// sequences (colours, window titles, OSC 52 clipboard writes) are shown, never obeyed. The reader's
/// notation: `^[` for ESC, `^?` for DEL, U+FFFD for C1 controls and bidi overrides.
enum InertText {
    /// `keepingLines: false` shows line breaks and tabs too, for a message that must stay one line.
    static func visible(_ text: String, keepingLines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            let value = scalar.value
            // Line ends and tabs lay text out; a lone CR would move the cursor back over it.
            if keepingLines && (scalar == "\n" || scalar == "\t" || (scalar == "\r" && next == "\n")) {
                out.append(scalar)
            } else if value < 0x20 || value == 0x7F {
                out.append("^")
                out.append(Unicode.Scalar(UInt8(value ^ 0x40)))
            } else if (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
