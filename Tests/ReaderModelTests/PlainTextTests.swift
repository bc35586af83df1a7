@testable import ReaderModel
import Testing

/// Plain scalars (`Glyph.isPlain`) are wrapped and drawn one by one, skipping cluster breaking:
/// each must really be a one-column cluster of its own, and plain paragraphs must wrap exactly as
/// the same paragraph read as a string does.
struct PlainTextTests {
    static let plainScalars: [Unicode.Scalar] = (0x20...0x20FF).compactMap(Unicode.Scalar.init).filter(Glyph.isPlain)

    @Test func aPlainScalarIsOneColumnAndNeverJoinsAnotherPlainScalar() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "é", "ж", "“", "—", "Ω", "€", "~"]
        for scalar in Self.plainScalars {
            let character = Character(scalar)
            #expect(Glyph.columns(of: character, at: 3) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(Glyph.of(character, column: 3) == [Glyph(String(character), width: 1)], "U+\(String(scalar.value, radix: 16))")
            for other in neighbours {
                var pair = String.UnicodeScalarView()
                pair.append(contentsOf: [scalar, other, scalar])
                #expect(String(pair).count == 3, "U+\(String(scalar.value, radix: 16)) beside \(other)")
            }
        }
    }

    @Test func controlsMarksAndFormatCharactersAreNotPlain() {
        for value: UInt32 in [0x09, 0x1F, 0x7F, 0x85, 0xAD, 0x301, 0x483, 0x200B, 0x200D, 0x2028, 0x202E, 0x2066, 0xFE0F, 0x4E00] {
            #expect(!Glyph.isPlain(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func plainParagraphsWrapAsTheirStringsDo() {
        let alphabet: [Unicode.Scalar] = ["a", "b", " ", " ", "x", "~", "—", "ж", "é", "“", "Q"]
        var state: UInt64 = 7
        for _ in 0..<200 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 40) % 300
            let scalars = (0..<length).map { index -> Unicode.Scalar in
                alphabet[Int((state >> 20) &+ UInt64(index * index * 31 + index)) % alphabet.count]
            }
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars)
            let utf8 = Array(String(string).utf8)
            for width in [1, 2, 3, 7, 20, 80] {
                var lines: [Range<Int>] = []
                utf8.withUnsafeBufferPointer { bytes in
                    Wrapper.forEachLine(plain: bytes, width: width) { lines.append($0) }
                }
                #expect(lines == Wrapper.lineRanges(String(string), width: width), "width \(width): \(String(string))")
            }
        }
    }
}
