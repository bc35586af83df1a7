@testable import Corpus

/// Bytes in as a file's contents: decoded as the loader decodes them, extracted, and checked. Any
/// broken invariant traps, which libFuzzer reports as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngine(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    guard case .text(let text, _) = TextDecoder.decode(bytes) else { return 0 }
    let article = Extractor.extract(SourceText(doc: "fuzz", path: "fuzz.txt", text: text))
    let problems = ArticleInvariants.violations(article, scalarCount: text.unicodeScalars.count)
    if let first = problems.first { fatalError("invariant broken: \(first)") }
    return 0
}
