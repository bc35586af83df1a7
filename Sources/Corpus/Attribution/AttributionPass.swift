/// The state of attribution as it walks an article block by block: the quotes found so far, the
/// actor table, and what a quotation without a cue would continue.
struct AttributionPass {
    struct Found {
        var span: Span
        var kind: QuoteKind
        var speaker: Span?
        var cue: Span?
        var actor: Int?
        var segment: Int
    }

    let scalars: [Unicode.Scalar]
    private(set) var table = ActorTable()
    private(set) var found: [Found] = []
    private var sightings = NameSightings()
    /// The latest quote with a speaker, kept so that continuing a speaker costs nothing.
    private var lastAttributed: Found?
    private var previous: BlockContext?
    /// A quotation left open at the end of a block with no cue of its own: the cue of the quotation that
    /// continues it at the start of the next block names its speaker.
    private var openQuotation: Int?
    /// Attributions do not nest: a cue inside reported speech already found is part of that speech.
    private var reportedUntil = 0

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func read(_ block: BlockContext) {
        sightings.record(block.tokens, in: scalars)
        if let pending = openQuotation, found[pending].segment < block.segment - 1 { openQuotation = nil }
        let direct = DirectCueFinder(block: block)
        let indirect = IndirectFinder(block: block)
        // One flag per token: asked of every token, which a set would hash each time.
        var usedCues = [Bool](repeating: false, count: block.tokens.count)
        var quotations = block.quotations.makeIterator()
        var nextQuotation = quotations.next()
        if let turn = TranscriptTurn.match(block), let actor = table.resolve(turn.speaker, block: block.segment) {
            add(Found(span: turn.content, kind: .direct, speaker: turn.speaker.span, cue: nil, actor: actor,
                               segment: block.segment))
            previous = block
            return
        }
        registerNames(block)
        let tokens = block.tokens, quoted = block.quoted
        for sentence in block.sentences {
            noteSubject(block, sentence: sentence)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                if let quotation = nextQuotation, let open = block.tokenIndex(startingAt: quotation.span.start), open <= index {
                    readQuotation(quotation, open: open, block: block, finder: direct, usedCues: &usedCues)
                    nextQuotation = quotations.next()
                    continue
                }
                if !quoted[index], !usedCues[index], tokens[index].span.start >= reportedUntil {
                    // Asked of every token: the word is looked at before "according to" is called for.
                    let match = block.isCue(index) ? indirect.match(cue: index, sentence: sentence)
                        : tokens[index].lower == "according" ? indirect.accordingTo(at: index, sentence: sentence) : nil
                    if let match { record(indirect: match, block: block, usedCues: &usedCues) }
                }
                index += 1
            }
        }
        while let quotation = nextQuotation, let open = block.tokenIndex(startingAt: quotation.span.start) {
            readQuotation(quotation, open: open, block: block, finder: direct, usedCues: &usedCues)
            nextQuotation = quotations.next()
        }
        previous = block
    }

    // MARK: - Quotations

    private mutating func readQuotation(_ quotation: Quotation, open: Int, block: BlockContext, finder: DirectCueFinder,
                                        usedCues: inout [Bool]) {
        let sentence = block.sentence(containing: open)
        let close = quotation.closed ? block.tokenIndex(startingAt: quotation.span.end - 1) : nil
        guard isWholeQuotation(open: open, block: block, sentence: sentence) else {
            readFragment(quotation, open: open, block: block, sentence: sentence, finder: finder)
            return
        }
        // A quotation ending in a comma looks ahead for its cue; one ending a sentence looks back first,
        // and ahead only when nothing before names a speaker.
        let endsInComma = close.map { $0 > open + 1 && block.tokens[$0 - 1].isPunctuation(",") } ?? false
        var afterMatch: CueMatch?
        var beforeMatch: CueMatch?
        if endsInComma {
            afterMatch = close.flatMap { finder.after(closing: $0, sentenceEnd: block.tokens.count) }
            if afterMatch == nil { beforeMatch = finder.before(opening: open, sentenceStart: sentence.lowerBound) }
        } else {
            beforeMatch = finder.before(opening: open, sentenceStart: sentence.lowerBound)
            if beforeMatch == nil { afterMatch = close.flatMap { finder.after(closing: $0, sentenceEnd: block.tokens.count) } }
        }
        if let beforeMatch, let cue = beforeMatch.cue, usedCues[cue], extendLastQuote(to: quotation.span) { return }
        if let match = afterMatch ?? beforeMatch {
            let actor = resolveSpeaker(match.phrase, block: block)
            if let cue = match.cue { usedCues[cue] = true }
            if let pending = openQuotation, open == 0, found[pending].segment < block.segment {
                found[pending].actor = actor
                found[pending].speaker = match.phrase.span
            }
            openQuotation = nil
            appendDirect(quotation, speaker: match.phrase.span, cue: match.cue.map(block.cueSpan), actor: actor, block: block)
            return
        }
        if let previous, let lead = colonLead(open: open, block: block) {
            let actor = table.resolve(lead.phrase, block: previous.segment)
            appendDirect(quotation, speaker: lead.phrase.span, cue: lead.cue.map(previous.cueSpan), actor: actor, block: block)
            return
        }
        // `"Nobody knows," a sign read.`: words after the quotation that are no cue mean it is not speech
        // we can place.
        if let close, close + 1 < sentence.upperBound, block.tokens[close + 1].scalar.map({ $0.isSentenceEnd || $0.isDoubleQuote }) != true {
            appendDirect(quotation, speaker: nil, cue: nil, actor: nil, block: block)
            return
        }
        if extendCuedQuote(in: block, to: quotation.span) { return }
        if let continued = continuedSpeaker(open: open, block: block, sentence: sentence) {
            appendDirect(quotation, speaker: continued.speaker, cue: nil, actor: continued.actor, block: block)
            if !quotation.closed { openQuotation = found.count - 1 }
            return
        }
        appendDirect(quotation, speaker: nil, cue: nil, actor: nil, block: block)
        if !quotation.closed { openQuotation = found.count - 1 }
    }

    /// A quoted fragment: inside reported speech already found, it makes that speech a partial quote;
    /// after a cue of its own (what he "called", Trump's "assertion" that ...) it is a partial quote
    /// reaching back to the cue; with no cue it is a term or a scare quote, and nobody's words.
    private mutating func readFragment(_ quotation: Quotation, open: Int, block: BlockContext, sentence: Range<Int>,
                                       finder: DirectCueFinder) {
        if let last = found.indices.last, found[last].kind != .direct, found[last].span.contains(quotation.span) {
            found[last].kind = .partial
            // A new clause after the quoted words ("... — a metaphor for ...") is the writer's, not the speaker's.
            if let close = block.tokenIndex(startingAt: quotation.span.end - 1),
               let clause = block.tokens[(close + 1)..<min(block.tokens.count, close + 60)].prefix(while: { $0.span.end <= found[last].span.end })
                   .first(where: { $0.scalar.map { $0.isDash || $0 == ";" } == true }) {
                found[last].span.end = min(found[last].span.end, max(quotation.span.end, clause.span.start - 1))
            }
            return
        }
        // `The country "has made dramatic changes," McConnell said`: the cue after it names the speaker of
        // the whole sentence up to the quotation.
        if let close = quotation.closed ? block.tokenIndex(startingAt: quotation.span.end - 1) : nil, close > open + 1,
           block.tokens[close - 1].isPunctuation(","), let after = finder.after(closing: close, sentenceEnd: sentence.upperBound),
           after.cue != nil {
            let actor = resolveSpeaker(after.phrase, block: block)
            add(Found(span: Span(block.tokens[sentence.lowerBound].span.start, quotation.span.end), kind: .partial,
                               speaker: after.phrase.span, cue: after.cue.map(block.cueSpan), actor: actor, segment: block.segment))
            return
        }
        guard let match = finder.fragment(opening: open, sentenceStart: sentence.lowerBound) else { return }
        // A pronoun nobody can be found for still marks the words as someone's.
        let actor = resolveSpeaker(match.phrase, block: block)
        var span = quotation.span
        if let cue = match.cue, cue + 1 < open {
            let next = block.tokens[cue + 1]
            if next.lower == "that" {
                var last = min(sentence.upperBound, open + IndirectFinder.longestContent) - 1
                while last > open, let scalar = block.tokens[last].scalar, scalar.isSentenceEnd || scalar == "," { last -= 1 }
                span = Span(next.span.start, max(quotation.span.end, block.tokens[last].span.end))
            } else if CueLexicon.namingVerbs.contains(block.tokens[cue].lower) || block.isCue(cue) {
                // "condemned what he called a "brazen breach" of U.N. resolutions": from the object to the
                // end of its clause.
                let speakerStart = match.phrase.tokens.lowerBound
                let start = speakerStart > sentence.lowerBound && block.tokens[speakerStart - 1].lower == "what"
                    ? block.tokens[speakerStart - 1].span.start : block.tokens[block.cueEnd(cue) + 1].span.start
                span = Span(min(start, quotation.span.start), clauseEnd(after: quotation, block: block, sentence: sentence))
            }
        }
        add(Found(span: span, kind: .partial, speaker: match.phrase.span,
                           cue: match.cue.map(block.cueSpan), actor: actor, segment: block.segment))
    }

    /// Where the clause holding a quotation ends: the next comma, semicolon, dash or bracket after it,
    /// or the end of the sentence, without its closing punctuation.
    private func clauseEnd(after quotation: Quotation, block: BlockContext, sentence: Range<Int>) -> Int {
        guard let close = block.tokenIndex(startingAt: quotation.span.end - 1) else { return quotation.span.end }
        var last = close
        var index = close + 1
        // Bounded, so a sentence of many quotations is still read in linear time.
        while index < min(sentence.upperBound, close + 60) {
            let token = block.tokens[index]
            if let scalar = token.scalar, scalar == "," || scalar == ";" || scalar.isDash || scalar.isOpeningBracket
                || scalar.isSentenceEnd || scalar.isDoubleQuote {
                break
            }
            last = index
            index += 1
        }
        return block.tokens[last].span.end
    }

    /// `"A," she said. "B."`: a quotation with no cue of its own, later in the block of a cued one,
    /// goes on with it.
    private mutating func extendCuedQuote(in block: BlockContext, to span: Span) -> Bool {
        guard let last = found.indices.last, found[last].kind == .direct, found[last].segment == block.segment,
              found[last].cue != nil else { return false }
        found[last].span = Span(found[last].span.start, span.end)
        return true
    }

    /// A quotation opening a sentence, or following ":", ",", a dash, a bracket or a cue, is said whole;
    /// one inside running prose is a fragment of someone's words or a term.
    private func isWholeQuotation(open: Int, block: BlockContext, sentence: Range<Int>) -> Bool {
        guard open > sentence.lowerBound else { return true }
        let before = block.tokens[open - 1]
        // `pic="..."` is markup, not speech.
        if let scalar = before.scalar { return !["'", "\u{2019}", "-", "/", "=", "@", "#"].contains(scalar) }
        return block.isCue(open - 1) || (before.lower == "that" && open >= 2 && block.isCue(open - 2))
    }

    /// `"A," Lavrov said, "B."`: the second half joins the quote the cue already attributed.
    private mutating func extendLastQuote(to span: Span) -> Bool {
        guard var last = found.last, last.kind == .direct else { return false }
        last.span = Span(last.span.start, span.end)
        found[found.count - 1] = last
        return true
    }

    /// A paragraph that opens a quotation right after one ending "Lavrov added:".
    private func colonLead(open: Int, block: BlockContext) -> CueMatch? {
        guard open == 0, let previous, let last = previous.tokens.indices.last, previous.tokens[last].isPunctuation(":"),
              previous.segment < block.segment else { return nil }
        let sentence = previous.sentence(containing: last)
        if let match = DirectCueFinder(block: previous).before(opening: last + 1, sentenceStart: sentence.lowerBound) { return match }
        // "On July 6, Sanders made the following comment:": the sentence's subject introduces what follows.
        let subject = previous.reader.phrase(from: sentence.lowerBound, ceiling: last) ?? sentenceSubject(before: last, block: previous)
        return subject.map { CueMatch(phrase: $0, cue: nil) }
    }

    /// Who goes on speaking in a quotation with no cue: the speaker of the quotation just before, or
    /// the speaker last introduced nearby.
    private func continuedSpeaker(open: Int, block: BlockContext, sentence: Range<Int>) -> (actor: Int, speaker: Span?)? {
        guard block.isParagraph else { return nil }
        guard let last = lastAttributed, let actor = last.actor, block.segment - last.segment <= 2 else {
            return nil
        }
        return (actor, last.speaker)
    }

    private mutating func appendDirect(_ quotation: Quotation, speaker: Span?, cue: Span?, actor: Int?, block: BlockContext) {
        add(Found(span: quotation.span, kind: .direct, speaker: speaker, cue: cue, actor: actor, segment: block.segment))
    }

    // MARK: - Reported speech

    private mutating func record(indirect match: IndirectFinder.Match, block: BlockContext, usedCues: inout [Bool]) {
        if let cue = match.cue.cue { usedCues[cue] = true }
        // Found quotes are in text order, so only the last few can overlap new speech.
        let coveredByQuote = found.suffix(4).contains { $0.kind == .direct && $0.span.overlap(match.content) * 2 > match.content.length }
        guard !coveredByQuote else { return }
        let actor = resolveSpeaker(match.cue.phrase, block: block)
        guard actor != nil || match.cue.phrase.isPronoun else { return }
        add(Found(span: match.content, kind: .indirect, speaker: match.cue.phrase.span,
                           cue: match.cue.cue.map(block.cueSpan), actor: actor, segment: block.segment))
        reportedUntil = max(reportedUntil, match.content.end)
    }

    /// A sentence opening with a person's name makes them the likely referent of a later "he".
    private mutating func noteSubject(_ block: BlockContext, sentence: Range<Int>) {
        guard let phrase = block.reader.phrase(from: sentence.lowerBound, ceiling: sentence.upperBound) else { return }
        switch phrase.reading {
        case .named(let name, _, let organisation):
            guard !organisation, name.containsSpace || table.knowsSurname(name) else { return }
        case .common(_, _, let definite, let plural):
            guard definite, !plural else { return }
        case .pronoun:
            return
        }
        _ = table.resolve(phrase, block: block.segment, use: .subject)
    }

    /// Full names anywhere outside quotations ("Sergey Lavrov publicly undercut..."), so that a later
    /// "Lavrov said" joins the person they name.
    private mutating func registerNames(_ block: BlockContext) {
        var index = 0
        let tokens = block.tokens
        while index < tokens.count {
            guard !block.quoted[index], block.reader.isNameToken(tokens[index]) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < tokens.count, !block.quoted[end + 1], block.reader.isNameToken(tokens[end + 1]) { end += 1 }
            if end > index, let phrase = block.reader.phrase(endingAt: end, floor: 0),
               case .named(let name, _, let organisation) = phrase.reading, !organisation, name.containsSpace {
                _ = table.resolve(phrase, block: block.segment, use: .mention)
            }
            index = end + 1
        }
    }

    private mutating func add(_ quote: Found) {
        found.append(quote)
        if quote.actor != nil { lastAttributed = quote }
    }

    // MARK: - Speakers

    /// Resolves a speaker phrase; "he" or "she" goes to the person the sentence opens with, when it
    /// opens with one ("In all three speeches, Lavrov referred to what he called ...").
    private mutating func resolveSpeaker(_ phrase: SpeakerPhrase, block: BlockContext) -> Int? {
        guard case .pronoun(let word) = phrase.reading, word == "he" || word == "she",
              let subject = sentenceSubject(before: phrase.tokens.lowerBound, block: block),
              let actor = table.resolve(subject, block: block.segment, use: .mention) else {
            return table.resolve(phrase, block: block.segment)
        }
        table.attach(phrase, to: actor, block: block.segment)
        return actor
    }

    /// The first name in the sentence before `index`, when a verb follows it.
    private func sentenceSubject(before index: Int, block: BlockContext) -> SpeakerPhrase? {
        let sentence = block.sentence(containing: index)
        var position = sentence.lowerBound
        while position < index {
            if !block.quoted[position], block.reader.isNameToken(block.tokens[position]) {
                var end = position
                while end + 1 < index, block.reader.isNameToken(block.tokens[end + 1]) { end += 1 }
                guard end + 1 < index, block.tokens[end + 1].isWord, !block.tokens[end + 1].isCapitalized,
                      let phrase = block.reader.phrase(endingAt: end, floor: sentence.lowerBound),
                      case .named(_, _, let organisation) = phrase.reading, !organisation else { return nil }
                return phrase
            }
            if block.tokens[position].isWord, !block.tokens[position].isCapitalized, position > sentence.lowerBound,
               !block.tokens[position - 1].isPunctuation(",") && block.tokens[position].lower != "the" {
                // A lowercase word before any name: the sentence does not open with a named subject.
                if position - sentence.lowerBound > 6 { return nil }
            }
            position += 1
        }
        return nil
    }

    // MARK: - Result

    func finish() -> Attribution {
        ArticleActors.build(table: table, found: found, sightings: sightings)
    }
}
