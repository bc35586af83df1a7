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
        var best = 0
        for stem in found.indices where found[stem] {
            let topic = topicOfStem[stem - found.startIndex]
            hits[topic] += 1
            // The most signals wins; of equals, the topic listed first.
            if hits[topic] > hits[best] || (hits[topic] == hits[best] && topic < best) { best = topic }
        }
        return hits[best] > 0 ? topics[best].key : nil
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
        // Most statements hold no candidate name: the speaker's name is split only for one that does,
        // and its few words are searched as they are, with no set to build.
        lazy var speakerWords = (speaker ?? "").split(separator: " ")
        for name in capitalizedWords(of: text) {
            guard !speakerWords.contains(where: { $0 == name }), WordClasses.of(name.lowercased()).isDisjoint(with: [.notName, .roleWord]),
                  // Nationalities describe; they are not what a statement is about.
                  !["ian", "ean", "ese", "ish", "can"].contains(where: { name.hasSuffix($0) }) else { continue }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.max { counts[$0]! < counts[$1]! }
    }

    /// The words but the first (runs of letters and "-") that start uppercase, have three characters
    /// or more and are not all uppercase.
    private static func capitalizedWords(of text: String) -> [String] {
        guard text.unicodeScalars.allSatisfy(PlainText.isPlain) else {
            let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).dropFirst()
            return words.filter { $0.first!.isUppercase && $0.count >= 3 && !$0.allSatisfy(\.isUppercase) }.map(String.init)
        }
        // In plain text the letters are ASCII: a word is a run of A-Z, a-z and "-" bytes, each a
        // character, and only the few candidates become strings.
        var text = text
        return text.withUTF8 { bytes in
            var words: [String] = []
            var isFirstWord = true
            var start = 0
            while start < bytes.count {
                guard isWordByte(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start + 1
                var allUppercase = isUppercase(bytes[start])
                while end < bytes.count, isWordByte(bytes[end]) {
                    allUppercase = allUppercase && isUppercase(bytes[end])
                    end += 1
                }
                if !isFirstWord, isUppercase(bytes[start]), end - start >= 3, !allUppercase {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                isFirstWord = false
                start = end
            }
            return words
        }
    }

    /// A-Z, a-z or "-".
    private static func isWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "-") }

    /// A-Z.
    private static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

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
