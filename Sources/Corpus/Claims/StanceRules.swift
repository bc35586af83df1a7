/// Reads the stance of a statement from its cue word, then from the statement itself.
enum StanceRules {
    private static let byCue: [String: Stance] = {
        var table: [String: Stance] = [:]
        func add(_ bases: [String], _ stance: Stance, irregular: [String] = []) {
            for word in Inflection.allForms(bases, irregular: irregular) { table[word] = stance }
        }
        add(["demand", "urge", "insist", "press", "push", "require", "appeal"], .demands)
        for phrase in ["call for", "calls for", "called for", "calling for", "call on", "calls on", "called on"] { table[phrase] = .demands }
        add(["reject", "deny", "dismiss", "refuse", "rebuff", "rule", "scoff", "undercut", "dispute"], .rejects)
        add(["oppose", "criticize", "criticise", "condemn", "accuse", "attack", "blast", "slam", "denounce", "decry",
             "warn", "mock", "ridicule", "fault", "scold", "lambast", "complain", "object", "question"], .opposes)
        add(["support", "back", "welcome", "praise", "endorse", "agree", "accept", "confirm", "applaud", "laud",
             "hail", "defend", "tout", "commend", "favor", "favour"], .supports)
        add(["predict", "expect", "forecast", "anticipate", "project", "promise", "vow", "pledge", "estimate"], .predicts)
        return table
    }()

    private static let demandWords = ["must", "should", "need to", "needs to", "have to", "has to", "demand", "insist", "call for", "calls for"]
    private static let rejectWords = ["reject", "refuse", "rule out", "unacceptable", "no point", "never accept", "will not accept", "won't accept", "out of the question"]
    private static let opposeWords = ["oppose", "against", "wrong", "disgrace", "dangerous", "unfit", "failure", "shame", "terrible"]
    private static let supportWords = ["support", "welcome", "back ", "endorse", "good", "great", "right", "important", "qualified"]
    private static let predictWords = ["will ", "would ", "going to", "expect", "likely", "soon", "chance"]

    /// In order of precedence: a demand outweighs a prediction in one statement.
    private static let contentRules: [(stance: Stance, words: [String])] = [
        (.demands, demandWords), (.rejects, rejectWords), (.opposes, opposeWords), (.predicts, predictWords), (.supports, supportWords),
    ]
    static let words = contentRules.flatMap(\.words)
    private static let ruleOfWord: [Int] = contentRules.enumerated().flatMap { index, rule in rule.words.map { _ in index } }

    /// `byCue` over the cues' bytes, each stance as its place in `Stance.allCases` + 1.
    private static let cueTable = WordClassTable(byCue.mapValues { UInt32(Stance.allCases.firstIndex(of: $0)! + 1) })

    /// The stance of the words a statement holds, between spaces at its ends: `found` flags which of
    /// `words` it holds.
    static func stance(found: UnsafeBufferPointer<Bool>) -> Stance {
        // Words are listed rule by rule, in order of precedence: the first one present decides.
        guard let word = found.firstSet(from: 0) else { return .asserts }
        return contentRules[ruleOfWord[word]].stance
    }

    /// The stance of the cue, lowercased, else of its first word ("called" of "Called on"); nil when
    /// neither is a cue the rules know, and the statement's words decide.
    static func stance(ofCue cue: ArraySlice<Unicode.Scalar>) -> Stance? {
        guard cue.allSatisfy(\.isASCII) else {
            let cue = ArticleText.string(cue).lowercased()
            return byCue[cue] ?? cue.split(separator: " ", maxSplits: 1).first.flatMap { byCue[String($0)] }
        }
        // Each code point a byte and a character: the cue is lowercased and split by its bytes, and
        // looked up with no string made.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: cue.count) { buffer in
            for (index, scalar) in zip(buffer.indices, cue) { buffer[index] = ASCIICase.lower(UInt8(truncatingIfNeeded: scalar.value)) }
            let lower = UnsafeBufferPointer(buffer)
            if let stance = stance(ofLowercase: lower) { return stance }
            // As `split(separator:)`, which leaves out empty words.
            let space = UInt8(ascii: " ")
            guard let start = lower.firstIndex(where: { $0 != space }) else { return nil }
            let end = lower[start...].firstIndex(of: space) ?? lower.endIndex
            return stance(ofLowercase: UnsafeBufferPointer(rebasing: lower[start..<end]))
        }
    }

    private static func stance(ofLowercase cue: UnsafeBufferPointer<UInt8>) -> Stance? {
        let value = cueTable.value(of: cue, hash: FNV1a.hash(cue))
        return value == 0 ? nil : Stance.allCases[Int(value) - 1]
    }
}
