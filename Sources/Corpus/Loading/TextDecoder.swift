/// Turns a file's bytes into text: UTF-8 (a BOM skipped) or UTF-16 with a BOM.
enum TextDecoder {
    enum Outcome: Equatable {
        /// The text, and a warning when some bytes had to be replaced.
        case text(String, warning: String?)
        case failure(String)
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        let decoded: (text: String, warning: String?)
        if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = decodeUTF16(bytes, bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = decodeUTF16(bytes, bigEndian: true)
        } else if let nul = bytes.firstIndex(of: 0) {
            return .failure("binary file (NUL byte at byte \(nul))")
        } else {
            decoded = decodeUTF8(bytes)
        }
        if decoded.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return .failure("empty file") }
        return .text(decoded.text, warning: decoded.warning)
    }

    /// Malformed sequences become U+FFFD, as `String(decoding:as:)` would do; the first one is reported.
    private static func decodeUTF8(_ bytes: [UInt8]) -> (text: String, warning: String?) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var scalars = String.UnicodeScalarView()
        var firstBad: Int?
        var offset = start
        var iterator = bytes[start...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                scalars.append(Unicode.Scalar.replacement)
                firstBad = firstBad ?? offset
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return (String(scalars), firstBad.map { "invalid UTF-8 at byte \($0), replaced with U+FFFD" })
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> (text: String, warning: String?) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var firstBad: Int?
        var unitOffset = 0
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF16.decode(encoded))
                unitOffset += encoded.count
            case .error(let length):
                scalars.append(Unicode.Scalar.replacement)
                firstBad = firstBad ?? 2 + 2 * unitOffset
                unitOffset += length
            case .emptyInput:
                break loop
            }
        }
        if bytes.count % 2 == 1 {
            // A lone last byte cannot be a code unit.
            scalars.append(Unicode.Scalar.replacement)
            firstBad = firstBad ?? bytes.count - 1
        }
        return (String(scalars), firstBad.map { "invalid UTF-16 at byte \($0), replaced with U+FFFD" })
    }
}

extension Unicode.Scalar {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
