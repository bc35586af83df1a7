@testable import ReaderModel
import Testing

/// Printable ASCII is wrapped scalar by scalar, skipping cluster breaking: it must wrap exactly as
/// the same paragraph read as a string does.
struct AsciiFastPathTests {
    @Test func asciiParagraphsWrapAsTheirStringsDo() {
        let alphabet: [Unicode.Scalar] = ["a", "b", " ", " ", "x", "~", "-", "y", "z", "Q"]
        var state: UInt64 = 7
        for _ in 0..<200 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 40) % 300
            let scalars = (0..<length).map { index -> Unicode.Scalar in
                alphabet[Int((state >> 20) &+ UInt64(index * index * 31 + index)) % alphabet.count]
            }
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars)
            for width in [1, 2, 3, 7, 20, 80] {
                #expect(Wrapper.lineRanges(ascii: ArraySlice(scalars), width: width)
                    == Wrapper.lineRanges(String(string), width: width), "width \(width): \(String(string))")
            }
        }
    }

    @Test func onlySpaceToTildeCountsAsPrintableAscii() {
        #expect(Glyph.isPrintableASCII(" "))
        #expect(Glyph.isPrintableASCII("~"))
        #expect(!Glyph.isPrintableASCII("\t"))
        #expect(!Glyph.isPrintableASCII("\u{7F}"))
        #expect(!Glyph.isPrintableASCII("é"))
        #expect(!Glyph.isPrintableASCII("\u{1F}"))
    }
}
