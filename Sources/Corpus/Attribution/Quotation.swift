/// A stretch of text between quotation marks, before anyone is known to have said it.
struct Quotation: Sendable {
    /// From the opening mark through the closing mark (or the block's end when left open).
    var span: Span
    /// Inside the marks.
    var content: Span
    /// Index of the block (into the article's segments) holding it.
    var segment: Int
    var closed: Bool
}

/// Finds quotations block by block. Double marks of every style pair up; single marks count only at
/// the top level and only when they close before the block ends, so apostrophes are never quotations.
enum QuotationScanner {
    static func scan(_ scalars: [Unicode.Scalar], block: Span, segment: Int) -> [Quotation] {
        var found: [Quotation] = []
        var opener: Unicode.Scalar?
        var openAt = 0
        var singleOpenAt: Int?
        forEachMark(scalars, in: block) { offset in
            let scalar = scalars[offset]
            if scalar.isDoubleQuote {
                let role = QuoteMarks.role(scalars, at: offset, in: block, opener: opener)
                if role == .opening, opener == nil {
                    opener = scalar
                    openAt = offset
                    singleOpenAt = nil
                } else if role == .closing, opener != nil {
                    // Marks around nothing readable ("" or " ") quote nobody.
                    if (openAt + 1..<offset).contains(where: { scalars[$0].isWordCharacter }) {
                        found.append(quotation(openAt, offset + 1, closed: true, segment: segment))
                    }
                    opener = nil
                }
            } else if scalar.isSingleQuote, opener == nil {
                if let start = singleOpenAt, closesSingle(scalars, at: offset, in: block) {
                    // "rock 'n' roll": an elision, not a quotation.
                    if offset - start > 3 { found.append(quotation(start, offset + 1, closed: true, segment: segment)) }
                    singleOpenAt = nil
                } else if singleOpenAt == nil, opensSingle(scalars, at: offset, in: block) {
                    singleOpenAt = offset
                }
            }
        }
        if opener != nil, block.end - openAt > 1 {
            found.append(quotation(openAt, block.end, closed: false, segment: segment))
        }
        return found
    }

    /// Calls `body` with the offset of each of the block's quotation marks, in order: runs of code
    /// points that cannot be one (most of the text) are passed over together.
    private static func forEachMark(_ scalars: [Unicode.Scalar], in block: Span, _ body: (Int) -> Void) {
        scalars.withUnsafeBufferPointer { scalars in
            var offset = block.start
            while offset < block.end {
                // Runs of ASCII without a quotation mark are passed over. (Telling the other marks from
                // the rest of non-ASCII here costs more than it saves: runs with curly marks are common.)
                offset = ScalarRuns.skip(scalars, from: offset, to: block.end) { value in
                    ScalarRuns.equal(value, 0x22) | ScalarRuns.equal(value, 0x27) | ScalarRuns.above(value, 0x7F)
                }
                let runEnd = min(offset + ScalarRuns.width, block.end)
                while offset < runEnd {
                    let scalar = scalars[offset]
                    // Most code points of a run are ASCII, where only two are marks.
                    if scalar.value < 0x80 ? scalar == "\"" || scalar == "'" : scalar.isDoubleQuote || scalar.isSingleQuote {
                        body(offset)
                    }
                    offset += 1
                }
            }
        }
    }

    private static func quotation(_ start: Int, _ end: Int, closed: Bool, segment: Int) -> Quotation {
        Quotation(span: Span(start, end), content: Span(start + 1, closed ? end - 1 : end), segment: segment, closed: closed)
    }

    private static func opensSingle(_ scalars: [Unicode.Scalar], at offset: Int, in block: Span) -> Bool {
        guard scalars[offset] == "'" || scalars[offset].value == 0x2018 else { return false }
        let before = offset > block.start ? scalars[offset - 1] : nil
        let after = offset + 1 < block.end ? scalars[offset + 1] : nil
        let openSide = before.map { $0.isSpace || $0.isOpeningBracket || $0.isDash } ?? true
        return openSide && (after?.isLetter ?? false)
    }

    private static func closesSingle(_ scalars: [Unicode.Scalar], at offset: Int, in block: Span) -> Bool {
        guard scalars[offset] == "'" || scalars[offset].value == 0x2019 else { return false }
        let before = offset > block.start ? scalars[offset - 1] : nil
        let after = offset + 1 < block.end ? scalars[offset + 1] : nil
        let closeSide = after.map { $0.isSpace || $0.isSentenceEnd || $0.isClauseBreak || $0.isClosingBracket } ?? true
        // "the Pellows' barn": a plural possessive, followed by the noun it owns.
        if before == "s", after?.isSpace == true, offset + 2 < block.end, scalars[offset + 2].isLetter, !scalars[offset + 2].isUppercase {
            return false
        }
        return closeSide && !(before?.isSpace ?? true)
    }
}
