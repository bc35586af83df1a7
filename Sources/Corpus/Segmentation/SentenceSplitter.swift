/// Splits speech-carrying blocks into sentences. Other blocks are one sentence each.
/// A boundary is end punctuation, optional closing quotes or brackets, a space, then something that
/// can start a sentence; never after an abbreviation or an initial, never inside a quotation.
public enum SentenceSplitter {
    public static func split(_ text: ArticleText, segments: [Segment]) -> [Sentence] {
        split(text.scalars, segments: segments)
    }

    static func split(_ scalars: [Unicode.Scalar], segments: [Segment]) -> [Sentence] {
        var sentences: [Sentence] = []
        for (index, segment) in segments.enumerated() {
            guard segment.kind.carriesSpeech else {
                sentences.append(Sentence(span: segment.span, segment: index))
                continue
            }
            split(scalars, within: segment.span) { span in sentences.append(Sentence(span: span, segment: index)) }
        }
        return sentences
    }

    /// Calls `found` with each sentence of the block, in order: no array is made per block.
    static func split(_ scalars: [Unicode.Scalar], within block: Span, _ found: (Span) -> Void) {
        var start = block.start
        var opener: Unicode.Scalar?
        var offset = block.start
        while offset < block.end {
            offset = nextMark(scalars, from: offset, before: block.end)
            guard offset < block.end else { break }
            let scalar = scalars[offset]
            if scalar.isDoubleQuote {
                opener = QuoteMarks.role(scalars, at: offset, in: block, opener: opener) == .opening ? scalar : nil
            }
            guard scalar.isSentenceEnd else {
                offset += 1
                continue
            }
            var end = offset + 1
            while end < block.end, scalars[end].isSentenceEnd { end += 1 }
            var closing = end
            while closing < block.end, scalars[closing].isDoubleQuote || scalars[closing].isSingleQuote
                || scalars[closing].isClosingBracket {
                if scalars[closing].isDoubleQuote { opener = nil }
                closing += 1
            }
            if opener == nil, closing < block.end, scalars[closing].isSpace,
               startsSentence(scalars, after: closing, in: block),
               !Abbreviations.endsWithAbbreviation(scalars, periodAt: offset, from: start) {
                found(Span(start, closing))
                var next = closing
                while next < block.end, scalars[next].isSpace { next += 1 }
                start = next
                offset = next
            } else {
                offset = closing
            }
        }
        if start < block.end { found(Span(start, block.end)) }
    }

    /// The first double quote or sentence end at or after `offset`: almost every code point is
    /// neither, so they are passed over through a pointer, ASCII ones by a bit mask.
    private static func nextMark(_ scalars: [Unicode.Scalar], from offset: Int, before end: Int) -> Int {
        scalars.withUnsafeBufferPointer { scalars in
            var offset = offset
            while offset < end {
                let scalar = scalars[offset]
                if scalar.value < 0x40 {
                    if asciiMarks & (1 << UInt64(scalar.value)) != 0 { return offset }
                } else if scalar.value >= 0x80, scalar.isDoubleQuote || scalar.isSentenceEnd {
                    return offset
                }
                offset += 1
            }
            return offset
        }
    }

    /// `!`, `"`, `.` and `?`: the ASCII double quote and sentence ends, all below 0x40.
    private static let asciiMarks: UInt64 = 1 << 0x21 | 1 << 0x22 | 1 << 0x2E | 1 << 0x3F

    private static func startsSentence(_ scalars: [Unicode.Scalar], after offset: Int, in block: Span) -> Bool {
        var next = offset
        while next < block.end, scalars[next].isSpace { next += 1 }
        guard next < block.end else { return false }
        let scalar = scalars[next]
        return scalar.isUppercase || scalar.isDigit || scalar.isDoubleQuote || scalar.isSingleQuote
            || scalar.isOpeningBracket || scalar.isDash
    }
}
