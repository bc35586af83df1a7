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

    /// `found` flags which of `words` the statement holds, between spaces at its ends.
    static func stance(cue: String?, found: ArraySlice<Bool>) -> Stance {
        if let cue = cue?.lowercased(), let stance = byCue[cue] ?? cue.split(separator: " ", maxSplits: 1).first.flatMap({ byCue[String($0)] }) {
            return stance
        }
        // Words are listed rule by rule, in order of precedence: the first one present decides.
        guard let word = found.firstIndex(of: true) else { return .asserts }
        return contentRules[ruleOfWord[word - found.startIndex]].stance
    }
}
