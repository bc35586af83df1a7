/// Where the speaker of a whole quotation is named: after it ("...," Lavrov said), before it
/// (Lavrov added: "..."), or around it with a cue between two halves.
struct DirectCueFinder {
    let block: BlockContext

    private var tokens: [Token] { block.tokens }

    /// `"...," Lavrov said` / `"...," said the official` / `"...," Jensen, a director at X, said`.
    func after(closing close: Int, sentenceEnd: Int) -> CueMatch? {
        var start = close + 1
        while start < sentenceEnd, tokens[start].isPunctuation(",") { start += 1 }
        guard start < sentenceEnd else { return nil }
        // "“...” ― Pamela Padilla": a signature after a dash.
        if let dash = tokens[start].scalar, dash.isDash || dash == "-",
           let phrase = block.reader.phrase(from: start + 1, ceiling: sentenceEnd), case .named = phrase.reading {
            return CueMatch(phrase: phrase, cue: nil)
        }
        if block.isCue(start) {
            let next = block.cueEnd(start) + 1
            guard let phrase = block.reader.phrase(from: next, ceiling: sentenceEnd) else { return nil }
            return CueMatch(phrase: phrase, cue: start)
        }
        if let match = nameThenDistantCue(start: start, sentenceEnd: sentenceEnd) { return match }
        var index = start
        var bracketDepth = 0
        while index < sentenceEnd, index - start <= 24 {
            let token = tokens[index]
            if token.isPunctuation("(") { bracketDepth += 1 }
            if token.isPunctuation(")") { bracketDepth = max(0, bracketDepth - 1) }
            // "Rep. Gwen Moore (D-Wis.) said", "McConnell, R-Ky., said": a period inside brackets or
            // before a comma ends nothing.
            let periodInLabel = token.isPunctuation(".") && index + 1 < sentenceEnd
                && (tokens[index + 1].isPunctuation(",") || tokens[index + 1].isPunctuation(")"))
            if bracketDepth == 0, !periodInLabel, !token.isWord,
               token.scalar.map({ $0.isDoubleQuote || $0.isSentenceEnd || $0 == ";" }) == true { return nil }
            if block.isCue(index) {
                if let phrase = block.reader.phrase(before: index, floor: start), phrase.tokens.lowerBound - start <= 3,
                   tokens[start..<phrase.tokens.lowerBound].allSatisfy(\.isWord) {
                    return CueMatch(phrase: phrase, cue: index)
                }
                // `"..." for criminal behavior, she said.`: the quotation's tail, then the speaker and the cue
                // closing the sentence.
                if let phrase = block.reader.phrase(before: index, floor: start), phrase.tokens.lowerBound > start,
                   tokens[phrase.tokens.lowerBound - 1].isPunctuation(","),
                   block.cueEnd(index) + 1 >= sentenceEnd || tokens[block.cueEnd(index) + 1].scalar?.isSentenceEnd == true {
                    return CueMatch(phrase: phrase, cue: index)
                }
                // `"..." about the decision, said RoseAnn DeMoro`: an inverted cue after the quotation's tail.
                if index > start, tokens[index - 1].isPunctuation(","),
                   let phrase = block.reader.phrase(from: block.cueEnd(index) + 1, ceiling: sentenceEnd) {
                    return CueMatch(phrase: phrase, cue: index)
                }
                // Words before the phrase may only be modifiers of it ("Tulsa police Chief Chuck Jordan said").
                guard let phrase = block.reader.phrase(before: index, floor: start), phrase.tokens.lowerBound - start <= 3,
                      tokens[start..<phrase.tokens.lowerBound].allSatisfy(\.isWord) else { return nil }
                return CueMatch(phrase: phrase, cue: index)
            }
            index += 1
        }
        return nil
    }

    /// `"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.`: a name,
    /// then a long description between commas, then the cue.
    private func nameThenDistantCue(start: Int, sentenceEnd: Int) -> CueMatch? {
        guard let phrase = block.reader.phrase(from: start, ceiling: sentenceEnd), case .named = phrase.reading,
              phrase.tokens.upperBound < sentenceEnd, tokens[phrase.tokens.upperBound].isPunctuation(",") else { return nil }
        var index = phrase.tokens.upperBound + 1
        while index < min(sentenceEnd, phrase.tokens.upperBound + 45) {
            let token = tokens[index]
            if token.scalar.map({ $0.isDoubleQuote || $0 == ";" }) == true { return nil }
            if token.isPunctuation("."), index + 1 < sentenceEnd, !tokens[index + 1].isPunctuation(",") { return nil }
            if block.isCue(index), tokens[index - 1].isPunctuation(",") { return CueMatch(phrase: phrase, cue: index) }
            index += 1
        }
        return nil
    }

    /// `Lavrov added: "..."`, `He said, "..."`, `said Lavrov: "..."`, `told reporters: "..."`, `Lavrov: "..."`.
    func before(opening open: Int, sentenceStart: Int) -> CueMatch? {
        var end = open - 1
        let colon = end >= sentenceStart && tokens[end].isPunctuation(":")
        if end >= sentenceStart, tokens[end].isPunctuation(",") || colon { end -= 1 }
        if end >= sentenceStart, tokens[end].lower == "that" { end -= 1 }
        guard end >= sentenceStart else { return nil }
        if block.isCue(end) || (end > sentenceStart && block.isCue(end - 1) && block.cueEnd(end - 1) == end) {
            let cue = block.isCue(end) && block.cueEnd(end) == end ? end : end - 1
            if let phrase = block.reader.speaker(ofCue: cue, sentenceStart: sentenceStart) { return CueMatch(phrase: phrase, cue: cue) }
            // "He defended the remark, saying, ...": a participle speaks for the clause's subject.
            guard tokens[cue].lower.hasSuffix("ing"),
                  let subject = block.reader.phrase(from: sentenceStart, ceiling: cue) else { return nil }
            return CueMatch(phrase: subject, cue: cue)
        }
        if let phrase = block.reader.phrase(endingAt: end, floor: sentenceStart) {
            let cue = phrase.tokens.lowerBound - 1
            if cue >= sentenceStart, block.isCue(cue) {
                // "Oakes told reporters:" names the listener after the cue; the speaker comes before it.
                if CueLexicon.tellVerbs.contains(tokens[cue].lower) {
                    return block.reader.phrase(before: cue, floor: sentenceStart).map { CueMatch(phrase: $0, cue: cue) }
                }
                return CueMatch(phrase: phrase, cue: cue)
            }
            if colon, phrase.tokens.lowerBound == sentenceStart { return CueMatch(phrase: phrase, cue: nil) }
        }
        // "Mark Blumenthal and Jon Cohen: "..."" after a dash or a heading-like lead.
        if colon, let phrase = block.reader.phrase(endingAt: end, floor: sentenceStart), phrase.tokens.lowerBound > sentenceStart,
           let dash = tokens[phrase.tokens.lowerBound - 1].scalar, dash.isDash || dash == "-" {
            return CueMatch(phrase: phrase, cue: nil)
        }
        // "told reporters:", "said in a statement:", "wrote to his 20,000 Twitter followers,"
        var index = end
        while index > sentenceStart, end - index < 9 {
            index -= 1
            if block.isCue(index), let phrase = block.reader.phrase(before: index, floor: sentenceStart) {
                return CueMatch(phrase: phrase, cue: index)
            }
        }
        return nil
    }

    /// For a quoted fragment inside a sentence: the nearest cue before it (what he "called", Trump's
    /// "assertion"), and who it belongs to. Nil when nothing makes it speech: a scare quote.
    func fragment(opening open: Int, sentenceStart: Int) -> CueMatch? {
        if open > sentenceStart, CueLexicon.termMarkers.contains(tokens[open - 1].lower),
           ["so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "headlined"].contains(tokens[open - 1].lower) {
            return nil
        }
        var index = open - 1
        while index >= sentenceStart, open - index <= 30 {
            defer { index -= 1 }
            guard tokens[index].isWord, !block.quoted[index] else { continue }
            let word = tokens[index].lower
            if block.isCue(index) || CueLexicon.namingVerbs.contains(word) {
                if let phrase = block.reader.phrase(before: index, floor: sentenceStart) { return CueMatch(phrase: phrase, cue: index) }
                continue
            }
            if CueLexicon.speechNouns.contains(word), let phrase = possessor(before: index, floor: sentenceStart) {
                return CueMatch(phrase: phrase, cue: index)
            }
        }
        return nil
    }

    /// "Trump's recent assertion" -> Trump; "his remarks" -> he.
    private func possessor(before noun: Int, floor: Int) -> SpeakerPhrase? {
        var index = noun - 1
        while index >= floor, noun - index <= 3, tokens[index].isWord {
            let token = tokens[index]
            switch token.lower {
            case "his": return SpeakerPhrase(span: token.span, tokens: index..<index + 1, reading: .pronoun("he"))
            case "her": return SpeakerPhrase(span: token.span, tokens: index..<index + 1, reading: .pronoun("she"))
            case "their": return SpeakerPhrase(span: token.span, tokens: index..<index + 1, reading: .pronoun("they"))
            default: break
            }
            if let stem = token.possessiveStem(in: block.reader.scalars), token.isCapitalized {
                var phrase = block.reader.phrase(endingAt: index - 1, floor: floor)
                let stemSpan = Span(token.span.start, token.span.start + stem.unicodeScalars.count)
                if let earlier = phrase, case .named(let name, let role, let organisation) = earlier.reading, earlier.tokens.upperBound == index {
                    phrase = SpeakerPhrase(span: Span(earlier.span.start, stemSpan.end), tokens: earlier.tokens.lowerBound..<index + 1,
                                           reading: .named(name: name + " " + stem, role: role, organisation: organisation))
                    return phrase
                }
                let isOrganisation = EntityLexicon.countries[stem.lowercased()] != nil || EntityLexicon.capitals[stem.lowercased()] != nil
                    || EntityLexicon.organisationWords.contains(stem.lowercased())
                return SpeakerPhrase(span: stemSpan, tokens: index..<index + 1, reading: .named(name: stem, role: nil, organisation: isOrganisation))
            }
            index -= 1
        }
        return nil
    }
}
