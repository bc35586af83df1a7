/// Reads speaker phrases out of a block's tokens, backwards from a cue ("Lavrov said") or forwards
/// after one ("said Lavrov"). Every scan is bounded, so reading stays linear in the text.
/// A class, so that reading it from its block shares it rather than copying its arrays.
final class PhraseReader {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]

    init(tokens: [Token], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
    }

    private static let maxPhrase = 8
    private static let maxAppositive = 30

    /// The speaker phrase that ends just before `index`, skipping adverbs and auxiliaries
    /// ("Lavrov publicly said") and an appositive between commas ("Jensen, director of X, said").
    func phrase(before index: Int, floor: Int) -> SpeakerPhrase? {
        var end = index - 1
        while end >= floor, tokens[end].isWord, !tokens[end].isCapitalized,
              tokens[end].is(.verbFiller) || tokens[end].lower.hasSuffix("ly") { end -= 1 }
        // "who in 2010 said", "Trump on Monday said": a short time phrase between subject and cue.
        if end - 1 > floor, ["in", "on", "last", "this", "early", "late"].contains(tokens[end - 1].lower),
           tokens[end].isWord, tokens[end].isCapitalized || tokens[end].lower.unicodeScalars.first?.isDigit == true
               || ["week", "month", "year", "night", "weekend", "summer", "spring", "fall", "winter"].contains(tokens[end].lower) {
            end -= 2
            // "in early 2026"
            if end >= floor, ["in", "on", "at"].contains(tokens[end].lower) { end -= 1 }
            while end >= floor, tokens[end].isWord, !tokens[end].isCapitalized,
                  tokens[end].is(.verbFiller) || tokens[end].lower.hasSuffix("ly") { end -= 1 }
        }
        // "McConnell, who in 2010 said": the relative pronoun stands for the noun before it.
        if end >= floor, ["who", "which"].contains(tokens[end].lower), end - 1 >= floor {
            let antecedent = tokens[end - 1].isPunctuation(",") ? end - 2 : end - 1
            return antecedent >= floor ? phrase(endingAt: antecedent, floor: floor) : nil
        }
        // "Rep. Gwen Moore (D-Wis.) said"
        if end >= floor, tokens[end].isPunctuation(")"),
           let open = tokens[max(floor, end - 8)..<end].lastIndex(where: { $0.isPunctuation("(") }) {
            end = open - 1
        }
        guard end >= floor else { return nil }
        if tokens[end].isPunctuation(","), let appositive = appositive(endingAt: end, floor: floor) {
            guard var phrase = phrase(endingAt: appositive.lowerBound - 2, floor: floor), isSubject(phrase) else { return nil }
            phrase.appositiveRole = text(appositive)
            return phrase
        }
        guard let phrase = phrase(endingAt: end, floor: floor) else { return nil }
        if isSubject(phrase) { return phrase }
        return postmodified(endingAt: end, floor: floor).flatMap { isSubject($0) ? $0 : nil }
    }

    /// Who speaks through the cue at `cue`: the phrase before it; for "X laughed and said" the phrase
    /// before the first verb; for "the council issued a statement calling ..." the sentence's subject,
    /// since the noun before a participle is its object.
    func speaker(ofCue cue: Int, sentenceStart: Int) -> SpeakerPhrase? {
        var conjunction = cue - 1
        while conjunction > sentenceStart, tokens[conjunction].isWord,
              tokens[conjunction].is(.verbFiller) || tokens[conjunction].lower.hasSuffix("ly") {
            conjunction -= 1
        }
        if conjunction > sentenceStart, tokens[conjunction].lower == "and" {
            let verb = conjunction - 1
            let verbLike = tokens[verb].lower.hasSuffix("ed") || tokens[verb].lower.hasSuffix("s")
            if tokens[verb].isWord, !tokens[verb].isCapitalized, verbLike, let phrase = phrase(before: verb, floor: sentenceStart) {
                return phrase
            }
            return phrase(from: sentenceStart, ceiling: conjunction)
        }
        let adjacent = phrase(before: cue, floor: sentenceStart)
        if tokens[cue].lower.hasSuffix("ing"), let adjacent, case .common = adjacent.reading, adjacent.tokens.lowerBound > sentenceStart,
           let subject = phrase(from: sentenceStart, ceiling: adjacent.tokens.lowerBound), case .named = subject.reading {
            return subject
        }
        return adjacent
    }

    /// The speaker phrase starting at `index` ("said [the official]", "said [Donald Jensen], director").
    func phrase(from index: Int, ceiling: Int) -> SpeakerPhrase? {
        guard index < ceiling, tokens[index].isWord, !tokens[index].is(.prepositionLike) else { return nil }
        let first = tokens[index]
        if first.is(.pronoun) { return pronoun(at: index) }
        var end = index
        while end + 1 < ceiling, end + 1 - index < Self.maxPhrase, tokens[end + 1].isWord,
              continuesPhrase(tokens[end + 1], after: tokens[end]) || headFollows(end + 2, ceiling: ceiling) {
            end += 1
        }
        if let phrase = phrase(endingAt: end, floor: index), phrase.tokens.lowerBound <= index + 1 { return phrase }
        // A shorter reading ending in a name or a speaker noun: "said Jensen in an interview".
        for last in stride(from: end - 1, through: index, by: -1) where isNameToken(tokens[last]) || isHead(tokens[last]) {
            if let phrase = phrase(endingAt: last, floor: index), phrase.tokens.lowerBound <= index + 1 { return phrase }
        }
        return nil
    }

    /// A phrase whose last token is `end`.
    func phrase(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        guard end >= floor, end < tokens.count, tokens[end].isWord else { return nil }
        let last = tokens[end]
        if last.is(.pronoun) { return pronoun(at: end) }
        if let contracted = Self.contractedPronoun(last.lower) {
            let span = Span(last.span.start, last.span.start + contracted.unicodeScalars.count)
            return SpeakerPhrase(span: span, tokens: end..<end + 1, reading: .pronoun(contracted))
        }
        if last.isPossessive { return nil }
        // "Analysts say": a common noun capitalised only because it opens the sentence.
        let capitalisedByPosition = end == floor || !tokens[end - 1].isWord || !tokens[end - 1].isCapitalized
        if capitalisedByPosition, last.is(.pluralHead) || last.is(.singularHead),
           !last.is(.organisationWord) {
            return common(endingAt: end, head: end, floor: floor)
        }
        if isNameToken(last) { return named(endingAt: end, floor: floor) ?? postmodified(endingAt: end, floor: floor) }
        // "Mr. King": after an honorific any capitalised word is a surname, even one that is also a title.
        if last.isCapitalized, end > floor, Self.honorifics.contains(tokens[end - 1].lower) {
            return SpeakerPhrase(span: Span(tokens[end - 1].span.start, last.span.end), tokens: end - 1..<end + 1,
                                 reading: .named(name: last.text(in: scalars), role: tokens[end - 1].text(in: scalars), organisation: false))
        }
        if last.is(.singularHead) || last.is(.pluralHead) {
            return common(endingAt: end, head: end, floor: floor)
        }
        return postmodified(endingAt: end, floor: floor) ?? determinedNoun(endingAt: end, floor: floor)
    }

    /// "he's", "they've", "she'd": a pronoun fused with an auxiliary.
    static func contractedPronoun(_ word: String) -> String? {
        // Most words hold no apostrophe: a search of the contiguous bytes says so without walking characters.
        var bytes = word
        guard bytes.withUTF8({ $0.contains(UInt8(ascii: "'")) }), let apostrophe = word.firstIndex(of: "'") else { return nil }
        let pronoun = String(word[..<apostrophe])
        let rest = word[word.index(after: apostrophe)...]
        return SpeakerLexicon.pronouns.contains(pronoun) && ["s", "re", "ve", "d", "ll", "m"].contains(rest) ? pronoun : nil
    }

    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "mr", "mrs", "ms", "dr"]

    // MARK: - Kinds of phrase

    private func pronoun(at index: Int) -> SpeakerPhrase {
        let word = tokens[index].lower
        // "it" speaks only for organisations, and "I" only inside quotations; both are rarely cues' subjects.
        return SpeakerPhrase(span: tokens[index].span, tokens: index..<index + 1, reading: .pronoun(word))
    }

    private func named(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        var start = end
        while start - 1 >= floor, end - (start - 1) < Self.maxPhrase {
            let candidate = tokens[start - 1]
            guard candidate.isWord else { break }
            if isNameToken(candidate) || isRoleWord(candidate) || (candidate.isPossessive && candidate.isCapitalized) {
                start -= 1
            } else if candidate.lower == "of" || candidate.lower == "for",
                      start - 2 >= floor, tokens[start - 2].isWord, tokens[start - 2].isCapitalized {
                start -= 1
            } else if candidate.lower == "the", start - 3 >= floor, tokens[start - 2].lower == "of",
                      tokens[start - 3].isWord, tokens[start - 3].isCapitalized {
                start -= 2
            } else {
                break
            }
        }
        while start < end, isConnector(tokens[start].lower) { start += 1 }
        var definite = false
        if start - 1 >= floor, tokens[start - 1].lower == "the" { definite = true }
        // "Mr. Morgan of the Sierra Club" is Mr. Morgan; "Institute of Peace" stays whole.
        if let of = tokens[start...end].firstIndex(where: { $0.lower == "of" }), of > start,
           tokens[start..<of].contains(where: isNameToken),
           !tokens[start..<of].contains(where: { $0.is(.organisationWord) }),
           var person = named(endingAt: of - 1, floor: start) {
            person.tokens = person.tokens.lowerBound..<end + 1
            person.span = Span(person.span.start, tokens[end].span.end)
            if case .named(let name, let role, _) = person.reading {
                let place = text(of..<end + 1)
                person.reading = .named(name: name, role: role.map { $0 + " " + place } ?? place, organisation: false)
            }
            return person
        }
        let words = tokens[start...end]
        let isOrganisation = words.contains { $0.is(.organisationWord) }
            // A country's name is its first word too: the word lists answer for most words without hashing.
            || tokens[end].is(.placeStart) && EntityLexicon.countries[tokens[end].lower] != nil
            || tokens[start].is(.placeStart) && isPlaceName(words.map(\.lower).joined(separator: " "))
        if isOrganisation {
            let nameStart = words.firstIndex { !isRoleWord($0) || $0.is(.organisationWord) } ?? start
            return SpeakerPhrase(span: Span(tokens[definite ? start - 1 : start].span.start, tokens[end].span.end),
                                 tokens: start..<end + 1,
                                 reading: .named(name: text(nameStart..<end + 1), role: nil, organisation: true))
        }
        var nameStart = end
        while nameStart - 1 >= start, isNameToken(tokens[nameStart - 1]) { nameStart -= 1 }
        // Only the role words right before the name are its role ("U.S. President" of "Donald Trump").
        var roleStart = nameStart
        while roleStart - 1 >= start, isRoleWord(tokens[roleStart - 1]) { roleStart -= 1 }
        if roleStart < nameStart {
            while roleStart - 1 >= start, tokens[roleStart - 1].isCapitalized || isRoleWord(tokens[roleStart - 1]) { roleStart -= 1 }
        }
        start = roleStart
        let role = nameStart > start ? text(start..<nameStart) : nil
        guard !tokens[nameStart].is(.notName) else { return nil }
        // "the Élysée", "the Pentagon": a single name with an article is an institution.
        if definite, role == nil, nameStart == end {
            return SpeakerPhrase(span: Span(tokens[start - 1].span.start, tokens[end].span.end), tokens: start - 1..<end + 1,
                                 reading: .named(name: tokens[end].text(in: scalars), role: nil, organisation: true))
        }
        return SpeakerPhrase(span: Span(tokens[start].span.start, tokens[end].span.end), tokens: start..<end + 1,
                             reading: .named(name: text(nameStart..<end + 1), role: role, organisation: false))
    }

    /// "one U.S. official", "the Russian foreign minister", "analysts", "Western diplomatic circles".
    private func common(endingAt end: Int, head: Int, floor: Int) -> SpeakerPhrase? {
        var start = head
        while start - 1 >= floor, head - (start - 1) < Self.maxPhrase {
            let candidate = tokens[start - 1]
            guard candidate.isWord, !candidate.is(.verbFiller),
                  !candidate.is(.speechVerb), !candidate.is(.prepositionLike) else { break }
            start -= 1
            if candidate.is(.determiner) { break }
            // "Ilse Brandvik's spokesman": the possessor acts as the determiner.
            if candidate.isPossessive {
                while start - 1 >= floor, isNameToken(tokens[start - 1]) { start -= 1 }
                break
            }
        }
        let headWord = tokens[head].lower
        let plural = tokens[head].is(.pluralHead)
        let determiner = tokens[start].lower
        guard plural || tokens[start].is(.determiner) || tokens[start...head].contains(where: { $0.isPossessive })
            || determiner.unicodeScalars.first?.isDigit == true else { return nil }
        let definite = ["the", "this", "that", "these", "those"].contains(determiner)
        let phraseStart = tokens[start].is(.determiner) ? start + 1 : start
        let phraseText = text(min(phraseStart, head)..<head + 1)
        return SpeakerPhrase(span: Span(tokens[start].span.start, tokens[end].span.end), tokens: start..<end + 1,
                             reading: .common(phrase: phraseText, head: headWord, definite: definite, plural: plural))
    }

    /// "the ad's narrator", "the New York businessman": a short noun phrase opened by a determiner,
    /// even when its head is not a known speaker noun.
    private func determinedNoun(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        guard tokens[end].isWord, !tokens[end].isCapitalized, tokens[end].lower.count > 2,
              !tokens[end].is(.speechVerb), !tokens[end].is(.verbFiller),
              !tokens[end].is(.prepositionLike), !tokens[end].lower.hasSuffix("ly") else { return nil }
        var index = end - 1
        // "Shop owners said": a plural noun phrase opening the sentence.
        if tokens[end].lower.hasSuffix("s"), !tokens[end].lower.hasSuffix("ss"), end - floor <= 1,
           tokens[floor..<end].allSatisfy({ $0.isWord && !$0.is(.prepositionLike) }) {
            return SpeakerPhrase(span: Span(tokens[floor].span.start, tokens[end].span.end), tokens: floor..<end + 1,
                                 reading: .common(phrase: text(floor..<end + 1), head: tokens[end].lower, definite: false, plural: true))
        }
        while index >= floor, end - index <= 4, tokens[index].isWord {
            let word = tokens[index].lower
            // "Scott's family", "63 percent": a possessor or a number determines the noun too.
            if ["the", "a", "an", "one", "another", "my", "our", "his", "her", "their"].contains(word)
                || tokens[index].isPossessive || word.unicodeScalars.first?.isDigit == true {
                return common(endingAt: end, head: end, floor: floor)
            }
            if tokens[index].is(.speechVerb) || tokens[index].is(.prepositionLike) || tokens[index].is(.verbFiller) { return nil }
            index -= 1
        }
        return nil
    }

    /// "a source familiar with the talks": the head comes before a short modifier.
    private static let postmodifierStarts: Set<String> = [
        "familiar", "close", "involved", "with", "knowledgeable", "briefed", "from", "at", "in", "who", "for", "of",
    ]

    private func postmodified(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        var index = end - 1
        while index >= floor, end - index <= 6, tokens[index].isWord {
            let determined = index - 1 >= floor && ["a", "an", "the", "one", "another"].contains(tokens[index - 1].lower)
            if tokens[index].is(.singularHead) || tokens[index].is(.pluralHead) || determined {
                // "Protesters marching through the streets": a participle opens the modifier too.
                let next = tokens[index + 1].lower
                guard index + 1 <= end, Self.postmodifierStarts.contains(next) || (next.hasSuffix("ing") && next.count > 4) else {
                    if determined { index -= 1; continue }
                    return nil
                }
                return common(endingAt: end, head: index, floor: floor)
            }
            if tokens[index].is(.speechVerb) { return nil }
            index -= 1
        }
        return nil
    }

    // MARK: - Pieces

    /// A phrase right after a preposition is its object ("with another round expected"), not a subject.
    private func isSubject(_ phrase: SpeakerPhrase) -> Bool {
        // "WASHINGTON — ...": a dateline, not a speaker.
        let after = phrase.tokens.upperBound
        if phrase.tokens.lowerBound == 0, after < tokens.count, tokens[after].scalar.map({ $0.isDash || $0 == "-" }) == true,
           tokens[phrase.tokens].allSatisfy({ $0.text(in: scalars).uppercased() == $0.text(in: scalars) }) {
            return false
        }
        let before = phrase.tokens.lowerBound - 1
        guard before >= 0, tokens[before].isWord else { return true }
        return !["in", "with", "on", "at", "about", "into", "than", "over", "under", "through", "across", "around", "near",
                 "behind", "against", "toward", "towards", "among", "without", "within", "along", "inside", "outside",
                 "during", "after", "before", "between", "beyond", "despite"].contains(tokens[before].lower)
    }

    /// The token range of ", appositive," ending at the comma `comma`, when it reads like one.
    private func appositive(endingAt comma: Int, floor: Int) -> Range<Int>? {
        var index = comma - 1
        while index >= floor, comma - index <= Self.maxAppositive {
            if tokens[index].isPunctuation(",") {
                let inner = index + 1..<comma
                guard !inner.isEmpty, index - 1 >= floor, tokens[index - 1].isWord else { return nil }
                let first = tokens[inner.lowerBound]
                let looksLikeRole = !first.isCapitalized || isRoleWord(first) || first.is(.determiner) || inner.count <= 4
                    || first.isPossessive
                return looksLikeRole ? inner : nil
            }
            if !tokens[index].isWord, !tokens[index].isPunctuation("."), !tokens[index].isPunctuation("-") { return nil }
            index -= 1
        }
        return nil
    }

    func isNameToken(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isPossessive else { return false }
        return !token.is(.roleWord) && !token.is(.notName)
    }

    private func isRoleWord(_ token: Token) -> Bool {
        token.is(.roleWord) || Self.isNationality(token)
    }

    static func isNationality(_ token: Token) -> Bool {
        guard token.isCapitalized else { return false }
        let word = token.lower
        return word.hasSuffix("ian") || word.hasSuffix("ean") || word.hasSuffix("ese") || word.hasSuffix("ish")
            || ["american", "israeli", "french", "german", "greek", "dutch", "swiss", "iraqi", "saudi", "western", "eastern"].contains(word)
    }

    private func continuesPhrase(_ next: Token, after previous: Token) -> Bool {
        if next.isCapitalized { return true }
        if isRoleWord(next) || next.is(.singularHead) || next.is(.pluralHead) { return true }
        if previous.is(.determiner) { return true }
        return !previous.isCapitalized && !next.is(.speechVerb) && !next.is(.prepositionLike)
            && !next.is(.verbFiller) && next.lower != "that"
    }

    private func isHead(_ token: Token) -> Bool {
        token.is(.singularHead) || token.is(.pluralHead)
    }

    /// "GOP data expert": a modifier is part of the phrase when a speaker noun comes right after it.
    private func headFollows(_ index: Int, ceiling: Int) -> Bool {
        index < ceiling && tokens[index].isWord
            && (tokens[index].is(.singularHead) || tokens[index].is(.pluralHead))
    }


    private func isPlaceName(_ lower: String) -> Bool {
        EntityLexicon.countries[lower] != nil || EntityLexicon.capitals[lower] != nil
    }

    private func isConnector(_ word: String) -> Bool { word == "of" || word == "for" || word == "and" || word == "the" }


    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return ScalarText.string(scalars[tokens[first].span.start..<tokens[last].span.end], lowercased: false)
    }
}
