/// Turns a file's bytes into text: UTF-8 (a BOM skipped), or UTF-16 with a BOM or recognised without one.
enum TextDecoder {
    enum Outcome: Equatable {
        /// The text, and a warning when some bytes had to be replaced.
        case text(String, warning: String?)
        case failure(String)
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        let decoded: (text: String, warning: String?)
        if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = decodeUTF16(bytes, from: 2, bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = decodeUTF16(bytes, from: 2, bigEndian: true)
        } else if let nul = bytes.firstIndex(of: 0) {
            guard let endianness = UTF16Guess.endianness(of: bytes) else { return .failure("binary file (NUL byte at byte \(nul))") }
            let bigEndian = endianness == .big
            let guessed = decodeUTF16(bytes, from: 0, bigEndian: bigEndian)
            let note = "no byte order mark, read as UTF-16" + (bigEndian ? "BE" : "LE")
            decoded = (guessed.text, [note, guessed.warning].compactMap { $0 }.joined(separator: "; "))
        } else {
            decoded = decodeUTF8(bytes)
        }
        if decoded.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return .failure("empty file") }
        return .text(decoded.text, warning: decoded.warning)
    }

    /// Malformed sequences become U+FFFD, as `String(decoding:as:)` would do; the first one is reported.
    private static func decodeUTF8(_ bytes: [UInt8]) -> (text: String, warning: String?) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Valid UTF-8, the usual case, is taken as it is without decoding scalar by scalar.
        if let text = String(validating: bytes[start...], as: UTF8.self) { return (text, nil) }
        let (text, firstBad) = transcode(bytes[start...], with: Unicode.UTF8.ForwardParser())
        return (text, firstBad.map { "invalid UTF-8 at byte \(start + $0), replaced with U+FFFD" })
    }

    private static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> (text: String, warning: String?) {
        let units = stride(from: start, to: bytes.count - 1, by: 2).map { index in
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        var (text, firstBad) = transcode(units, with: Unicode.UTF16.ForwardParser())
        var badByte = firstBad.map { start + 2 * $0 }
        if (bytes.count - start) % 2 == 1 {
            // A lone last byte cannot be a code unit.
            text.unicodeScalars.append(Unicode.Scalar.replacement)
            badByte = badByte ?? bytes.count - 1
        }
        return (text, badByte.map { "invalid UTF-16 at byte \($0), replaced with U+FFFD" })
    }

    /// Decodes code units, replacing each malformed sequence; also returns the index of the first bad unit.
    private static func transcode<Units: Sequence, Parser: Unicode.Parser>(_ units: Units, with parser: Parser)
        -> (text: String, firstBad: Int?) where Units.Element == Parser.Encoding.CodeUnit {
        var parser = parser
        var iterator = units.makeIterator()
        var scalars = String.UnicodeScalarView()
        var firstBad: Int?
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Parser.Encoding.decode(encoded))
                offset += encoded.count
            case .error(let length):
                scalars.append(Unicode.Scalar.replacement)
                firstBad = firstBad ?? offset
                offset += length
            case .emptyInput:
                return (String(scalars), firstBad)
            }
        }
    }
}

extension Unicode.Scalar {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
