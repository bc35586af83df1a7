/// Decides what a double quotation mark does where it stands. Curly marks and guillemets say it
/// themselves; straight marks are read from their neighbours.
enum QuoteMarks {
    enum Role { case opening, closing }

    /// The role of the mark at `offset`; `opener` is the mark that opened the current quotation, if any.
    static func role(_ scalars: [Unicode.Scalar], at offset: Int, in block: Span, opener: Unicode.Scalar?) -> Role {
        switch scalars[offset].value {
        case 0x201E, 0xAB, 0x301D: return .opening
        // A right mark opening a paragraph or a word is a typo for a left one.
        case 0x201D where opener == nil && (offset == block.start || scalars[offset - 1].isSpace)
            && offset + 1 < block.end && scalars[offset + 1].isLetter:
            return .opening
        case 0x201D, 0xBB, 0x301E, 0x2033: return .closing
        // „…“ closes with the mark that opens English quotations; so does a typo after a word.
        case 0x201C:
            if opener?.value == 0x201E { return .closing }
            let closesWord = opener != nil && offset > block.start && !scalars[offset - 1].isSpace
                && (offset + 1 == block.end || scalars[offset + 1].isSpace || scalars[offset + 1].isSentenceEnd || scalars[offset + 1].isClauseBreak)
            return closesWord ? .closing : .opening
        default: break
        }
        let before = offset > block.start ? scalars[offset - 1] : nil
        let after = offset + 1 < block.end ? scalars[offset + 1] : nil
        let openSide = before.map { $0.isSpace || $0.isOpeningBracket || $0.isDash || $0 == "/" } ?? true
        let closeSide = after.map { $0.isSpace || $0.isSentenceEnd || $0.isClauseBreak || $0.isClosingBracket } ?? true
        if openSide && !closeSide { return .opening }
        if closeSide && !openSide { return .closing }
        return opener == nil ? .opening : .closing
    }
}
