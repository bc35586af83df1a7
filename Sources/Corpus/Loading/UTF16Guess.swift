/// Recognises UTF-16 saved without a byte order mark by where its NUL bytes fall: text in Latin
/// scripts has a NUL as the high byte of most code units, so nearly all NULs sit at odd offsets
/// (little-endian) or at even ones (big-endian). Binary data scatters them over both.
enum UTF16Guess {
    enum Endianness { case little, big }

    /// How many bytes from the start are looked at; enough to judge, little enough to stay cheap.
    static let sample = 4096
    /// Fewer code units than this say too little: a short binary blob is not taken for text.
    static let fewestUnits = 4

    static func endianness(of bytes: [UInt8]) -> Endianness? {
        let pairs = min(bytes.count, sample) / 2
        guard pairs >= fewestUnits else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNULs += 1 }
            if bytes[2 * pair + 1] == 0 { oddNULs += 1 }
        }
        // Most units carry a NUL on one side and almost none on the other.
        if oddNULs * 2 >= pairs && evenNULs * 20 <= oddNULs { return .little }
        if evenNULs * 2 >= pairs && oddNULs * 20 <= evenNULs { return .big }
        return nil
    }
}
