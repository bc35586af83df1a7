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
    static func topic(found: ArraySlice<Bool>) -> String? {
        var hits = [Int](repeating: 0, count: topics.count)
        for (stem, found) in found.enumerated() where found { hits[topicOfStem[stem]] += 1 }
        guard let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }),
              hits[best] > 0 else { return nil }
        return topics[best].key
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
        var counts: [String: Int] = [:]
        var order: [String] = []
        // Most statements hold no candidate name: the speaker's name is split only for one that does.
        lazy var speakerWords = Set((speaker ?? "").split(separator: " ").map(String.init))
        let words = PlainText.split(text, separatorScalar: { !PlainText.isLetter($0) && $0 != "-" },
                                    isSeparator: { !$0.isLetter && $0 != "-" })
        for (position, word) in words.enumerated() where position > 0 {
            guard startsUppercase(word), let first = word.first, first.isUppercase, word.count >= 3, !isAllUppercase(word) else { continue }
            let name = String(word)
            guard !speakerWords.contains(name), WordClasses.of(name.lowercased()).isDisjoint(with: [.notName, .roleWord]),
                  // Nationalities describe; they are not what a statement is about.
                  !["ian", "ean", "ese", "ish", "can"].contains(where: { name.hasSuffix($0) }) else { continue }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.max { counts[$0]! < counts[$1]! }
    }

    /// Whether the first character may be uppercase: when it is a lone ASCII byte (the next byte is
    /// ASCII too, so no mark joins it), only A-Z are; the rest is left to `Character.isUppercase`.
    private static func startsUppercase(_ word: Substring) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        guard first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true else { return true }
        return first >= 0x41 && first <= 0x5A
    }

    /// `word.allSatisfy(\.isUppercase)`, answered from the bytes when one is ASCII but not A-Z: the
    /// character holding such a byte is never uppercase (what can join it, marks and prefixed signs, has no case).
    private static func isAllUppercase(_ word: Substring) -> Bool {
        guard !word.utf8.contains(where: { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) else { return false }
        return word.allSatisfy(\.isUppercase)
    }

    /// A fallback key: a longer word the statement repeats, else "general".
    static func keyword(of text: String) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let words = PlainText.split(text.lowercased(), separatorScalar: { !PlainText.isLetter($0) && $0 != "'" && $0 != "’" },
                                    isSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        for word in words {
            let word = String(word)
            guard isKeywordCandidate(word) else { continue }
            if counts[word] == nil { order.append(word) }
            counts[word, default: 0] += 1
        }
        guard let top = order.max(by: { counts[$0]! < counts[$1]! }), counts[top]! >= 2 else { return "general" }
        return top
    }

    /// Six characters or more, no apostrophe, no adverb, no stopword. An ASCII word is measured and
    /// searched by its bytes, each a character.
    private static func isKeywordCandidate(_ word: String) -> Bool {
        let ascii = word.isASCII
        guard (ascii ? word.utf8.count : word.count) >= 6, !word.hasSuffix("ly") else { return false }
        let hasApostrophe = ascii ? word.utf8.contains(UInt8(ascii: "'")) : word.contains("'") || word.contains("’")
        return !hasApostrophe && !stopwords.contains(word)
    }
}
