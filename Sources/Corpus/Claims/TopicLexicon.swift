/// Short topic keys, each with the word stems that signal it, so that statements of different actors
/// on one subject get one key.
enum TopicLexicon {
    static let topics: [(key: String, stems: [String])] = [
        ("territorial concessions", ["territor", "donetsk", "luhansk", "crimea", "zaporizhzhia", "kherson", "donbas", "withdr", "concession", "front line", "annex", "occupied", "regions"]),
        ("ceasefire", ["ceasefire", "cease-fire", "truce", "armistice", "halt the fighting"]),
        ("peace plan", ["peace plan", "framework", "point plan", "-point", "proposal", "peace deal", "settlement", "agreement"]),
        ("peace talks", ["negotiat", "talks", "dialogue", "summit", "meeting", "delegation", "diplomac", "round of"]),
        ("war aims", ["war aim", "objective", "capitulat", "goal", "demilitar", "denazif", "subjugat", "victory"]),
        ("sanctions", ["sanction", "embargo", "tariff"]),
        ("military aid", ["weapon", "military aid", "arms", "missile", "air defense", "ammunition", "lethal"]),
        ("security guarantees", ["guarantee", "nato", "security assurance", "peacekeep"]),
        ("civilian attacks", ["civilian", "shelling", "strikes on", "drone", "infrastructure", "killing"]),
        ("election", ["election", "vote", "voter", "ballot", "poll", "turnout", "primary", "electoral", "swing state"]),
        ("candidate health", ["health", "medical", "pneumonia", "doctor", "physician", "fit to", "stamina"]),
        ("taxes", ["tax"]),
        ("immigration", ["immigra", "border", "wall", "visa", "deport", "refugee", "asylum", "mexican"]),
        ("economy", ["econom", "jobs", "trade", "wage", "inflation", "growth", "business", "recession"]),
        ("crime and policing", ["police", "shooting", "crime", "gun", "law and order", "violence", "officer"]),
        ("climate and energy", ["climate", "coal", "emission", "carbon", "energy", "power plant", "mine"]),
        ("email investigation", ["email", "e-mail", "server", "fbi", "classified", "immunity", "investigat"]),
        ("national security", ["terror", "intelligence", "cyber", "hack", "isis", "military", "national security"]),
        ("race relations", ["racis", "racial", "black", "african-american", "latino", "hispanic", "white people", "discrimin"]),
        ("women", ["women", "sexis", "misogyn", "woman", "gender"]),
        ("health care", ["obamacare", "health care", "insurance", "medicare", "medicaid", "affordable care"]),
        ("education", ["school", "charter", "education", "teacher", "student"]),
        ("banking", ["bank", "wall street", "financial", "wells fargo"]),
        ("veterans", ["veteran"]),
        ("media", ["media", "press", "journalist", "reporter", "news"]),
    ]

    static let stems = topics.flatMap(\.stems)
    private static let topicOfStem: [Int] = topics.enumerated().flatMap { index, topic in topic.stems.map { _ in index } }

    /// The topic with the most signals among the stems found (one flag per stem of `stems`); nil when none has any.
    static func topic(found: UnsafeBufferPointer<Bool>) -> String? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: topics.count) { hits in
            hits.initialize(repeating: 0)
            var best = 0
            var stem = found.firstSet(from: 0)
            while let index = stem {
                let topic = topicOfStem[index]
                hits[topic] += 1
                // The most signals wins; of equals, the topic listed first.
                if hits[topic] > hits[best] || (hits[topic] == hits[best] && topic < best) { best = topic }
                stem = found.firstSet(from: index + 1)
            }
            return hits[best] > 0 ? topics[best].key : nil
        }
    }

    private static let stopwords: Set<String> = [
        "about", "after", "again", "against", "their", "there", "these", "those", "which", "while", "would", "could",
        "should", "where", "being", "because", "before", "other", "people", "think", "thing", "things", "really",
        "going", "still", "every", "never", "always", "something", "nothing", "everything", "anything", "through",
        "already", "whether", "between", "without", "within", "under", "doesn't", "didn't", "wasn't", "isn't",
        "today", "years", "since", "first", "great", "right", "said", "saying", "whole", "might", "maybe",
    ]

    /// A second fallback: the name the statement is most about ("Putin"), so that two actors' words
    /// about one person line up.
    static func subjectName(of text: String, speaker: String?) -> String? {
        let speaker = speaker ?? ""
        let speakerIsASCII = speaker.isASCII
        // Split only for a name that is not ASCII, or a speaker's: the two are compared as `==`
        // compares them, as they were when all names were.
        lazy var speakerWords = speaker.split(separator: " ")
        // A statement holds few candidates: they are counted in a list, compared as a dictionary
        // would compare them (`==`), the first seen kept.
        var counts: [(name: String, count: Int)] = []
        for name in capitalizedWords(of: text) {
            let isASCII = name.isASCII && speakerIsASCII
            guard !(isASCII ? isWord(name, of: speaker) : speakerWords.contains { $0 == name }),
                  isSubjectCandidate(name, isASCII: isASCII) else { continue }
            if let index = counts.firstIndex(where: { $0.name == name }) {
                counts[index].count += 1
            } else {
                counts.append((name, 1))
            }
        }
        return counts.max { $0.count < $1.count }?.name
    }

    /// Not a word that is never a name or is a role, and not a nationality: nationalities describe;
    /// they are not what a statement is about.
    private static func isSubjectCandidate(_ name: String, isASCII: Bool) -> Bool {
        guard isASCII else {
            return WordClasses.of(name.lowercased()).isDisjoint(with: [.notName, .roleWord])
                && !nationalitySuffixes.contains(where: { name.hasSuffix($0) })
        }
        // Each byte a character, lowercased byte by byte.
        var name = name
        return name.withUTF8 { name in
            guard name.count < 3 || !packedNationalitySuffixes.contains(Self.packed(name.suffix(3))) else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { lower in
                var hash = FNV1a.offsetBasis
                for index in name.indices {
                    lower[index] = ASCIICase.lower(name[index])
                    hash = FNV1a.step(hash, lower[index])
                }
                return WordClasses.of(UnsafeBufferPointer(lower), hash: hash).isDisjoint(with: [.notName, .roleWord])
            }
        }
    }

    private static let nationalitySuffixes = ["ian", "ean", "ese", "ish", "can"]
    /// Each suffix's three bytes in one integer, compared in one step.
    private static let packedNationalitySuffixes = nationalitySuffixes.map { packed($0.utf8) }

    private static func packed(_ bytes: some Sequence<UInt8>) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }

    /// Whether the ASCII `name` is one of the words of the ASCII `text` split at spaces: each byte a
    /// character, and ASCII strings equal when their bytes are.
    private static func isWord(_ name: String, of text: String) -> Bool {
        var name = name, text = text
        return name.withUTF8 { name in
            text.withUTF8 { text in
                var start = 0
                while start < text.count {
                    let end = text[start...].firstIndex(of: UInt8(ascii: " ")) ?? text.count
                    if end > start, end - start == name.count, text[start..<end].elementsEqual(name) { return true }
                    start = end + 1
                }
                return false
            }
        }
    }

    /// The words but the first (runs of letters and "-") that start uppercase, have three characters
    /// or more and are not all uppercase.
    private static func capitalizedWords(of text: String) -> [String] {
        var text = text
        if let words = text.withUTF8(plainCapitalizedWords) { return words }
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).dropFirst()
        return words.filter { $0.first!.isUppercase && $0.count >= 3 && !$0.allSatisfy(\.isUppercase) }.map(String.init)
    }

    /// `capitalizedWords` of plain text, nil for text that is not (`PlainText.isPlain`), checked in the
    /// same pass. There the letters are ASCII: a word is a run of A-Z, a-z and "-" bytes, each a
    /// character, and only the few candidates become strings.
    private static func plainCapitalizedWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var isFirstWord = true
        var start = 0
        while start < bytes.count {
            let lead = bytes[start]
            guard isWordByte(lead) else {
                guard lead < 0x80 ? lead != 0x0D : PlainText.isPlain(UTF8Scanner.scalar(in: bytes, at: start)) else { return nil }
                start += UTF8Scanner.sequenceLength(lead)
                continue
            }
            var end = start + 1
            var allUppercase = ASCIICase.isUpper(lead)
            while end < bytes.count, isWordByte(bytes[end]) {
                allUppercase = allUppercase && ASCIICase.isUpper(bytes[end])
                end += 1
            }
            if !isFirstWord, ASCIICase.isUpper(lead), end - start >= 3, !allUppercase {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            isFirstWord = false
            start = end
        }
        return words
    }

    /// Whether every code point of `text` is `PlainText.isPlain`, read from its bytes.
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                guard lead < 0x80 ? lead != 0x0D : PlainText.isPlain(UTF8Scanner.scalar(in: bytes, at: offset)) else { return false }
                offset += UTF8Scanner.sequenceLength(lead)
            }
            return true
        }
    }

    /// A-Z, a-z or "-".
    private static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "-") }

    /// A fallback key: a longer word the statement repeats, else "general".
    static func keyword(of text: String) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for word in keywordCandidates(of: text) {
            if counts[word] == nil { order.append(word) }
            counts[word, default: 0] += 1
        }
        guard let top = order.max(by: { counts[$0]! < counts[$1]! }), counts[top]! >= 2 else { return "general" }
        return top
    }

    /// The lowercased words (runs of letters and apostrophes) that may be the statement's keyword, in order.
    private static func keywordCandidates(of text: String) -> [String] {
        guard isPlain(text) else {
            let words = PlainText.split(text.lowercased(), separatorScalar: { !PlainText.isLetter($0) && $0 != "'" && $0 != "’" },
                                        isSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            return words.map(String.init).filter(isKeywordCandidate)
        }
        // In plain text the letters are ASCII and the only code points with a lowercase: words are
        // read and lowercased byte by byte, and one with an apostrophe ("'" or "’") is no candidate,
        // so only runs of letters alone become strings.
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                var hasApostrophe = false
                while end < bytes.count {
                    if isLetter(bytes[end]) {
                        end += 1
                    } else if bytes[end] == UInt8(ascii: "'") {
                        hasApostrophe = true
                        end += 1
                    } else if bytes[end] == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 {
                        hasApostrophe = true
                        end += 3
                    } else {
                        break
                    }
                }
                guard end > start else {
                    start += 1
                    continue
                }
                if !hasApostrophe, end - start >= 6,
                   !(ASCIICase.lower(bytes[end - 2]) == UInt8(ascii: "l") && ASCIICase.lower(bytes[end - 1]) == UInt8(ascii: "y")) {
                    let word = String(unsafeUninitializedCapacity: end - start) { lower in
                        for index in lower.indices { lower[index] = ASCIICase.lower(bytes[start + index]) }
                        return end - start
                    }
                    if !stopwords.contains(word) { words.append(word) }
                }
                start = end
            }
            return words
        }
    }

    /// A-Z or a-z.
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Six characters or more, no apostrophe, no adverb, no stopword. An ASCII word is measured and
    /// searched by its bytes, each a character.
    private static func isKeywordCandidate(_ word: String) -> Bool {
        let ascii = word.isASCII
        guard (ascii ? word.utf8.count : word.count) >= 6, !word.hasSuffix("ly") else { return false }
        let hasApostrophe = ascii ? word.utf8.contains(UInt8(ascii: "'")) : word.contains("'") || word.contains("’")
        return !hasApostrophe && !stopwords.contains(word)
    }
}
