/// Words that introduce speech or a stated position.
enum CueLexicon {
    /// Verbs that introduce speech, direct or reported.
    static let speechVerbs: Set<String> = Inflection.allForms([
        "add", "answer", "reply", "respond", "explain", "note", "continue", "argue", "insist", "warn", "deny",
        "claim", "state", "declare", "announce", "report", "acknowledge", "agree", "confirm", "suggest", "stress",
        "emphasize", "emphasise", "assert", "contend", "maintain", "predict", "promise", "vow", "pledge", "urge",
        "demand", "reiterate", "repeat", "recall", "concede", "complain", "accuse", "allege", "caution", "observe",
        "remark", "comment", "mention", "reveal", "testify", "believe", "estimate", "conclude", "counter",
        "dismiss", "reject", "signal", "threaten", "indicate", "propose", "recommend", "joke", "boast", "lament",
        "shout", "exclaim", "wonder", "ask", "tweet", "post", "charge", "contend", "hint", "guarantee", "assure",
        "predict", "fear", "worry", "hope", "expect", "doubt", "question", "acknowledge", "advise", "caution",
        "clarify", "criticize", "criticise", "praise", "recount", "reason", "retort", "scoff", "speculate", "sniff",
        "describe", "insist", "disclose", "cite", "yell", "scream", "whisper", "chant", "mutter", "plead", "murmur",
        "sigh", "snap", "gush", "grumble", "bristle", "interject", "chime", "summarize", "summarise", "instruct",
        "bark", "beam", "confess", "smile", "grin", "laugh", "marvel", "muse", "snort", "shrug", "fume", "gripe",
        "crow", "demur", "interrupt", "quote", "recite", "rail", "scoff", "huff", "sneer", "exult", "estimate", "forecast", "surmise", "suppose", "think", "thank",
    ], irregular: [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
        "writing", "think", "thinks", "thought", "quip", "quips", "quipped", "admit", "admits", "admitted",
        "admitting", "feel", "feels", "felt", "know", "knows", "knew", "swear", "swore", "sworn", "tweeted",
        "posted", "rebut", "rebutted", "forecast", "forecasts", "hold", "holds", "held", "sing", "sings", "sang",
        "cry", "cries", "cried", "beg", "begs", "begged",
    ])

    /// Verbs that only make a speech cue with a particle: "pointed out", "called for".
    static let phrasalCues: [String: Set<String>] = [
        "point": ["out"], "points": ["out"], "pointed": ["out"],
        "call": ["for", "on"], "calls": ["for", "on"], "called": ["for", "on"],
        "go": ["on"], "went": ["on"], "goes": ["on"],
        "make": ["clear"], "made": ["clear"], "makes": ["clear"],
        "shot": ["back"], "fired": ["back"], "fire": ["back"], "hit": ["back"], "pushed": ["back"], "chimed": ["in"],
        "spell": ["out"], "spelled": ["out"],
    ]

    /// Verbs that hold too little speech to stand alone as indirect cues ("he held the post").
    static let weakForIndirect: Set<String> = [
        "hold", "holds", "held", "feel", "feels", "felt", "know", "knows", "knew", "post", "posts", "posted",
        "continue", "continues", "continued", "continuing", "answer", "answers", "answered", "question",
        "questions", "questioned", "describe", "describes", "described", "thank", "thanks", "thanked", "praise",
        "praises", "praised", "hope", "hopes", "hoped", "fear", "fears", "feared", "reason", "reasons",
        "reasoned", "counter", "counters", "countered", "ask", "asks", "asked", "recount", "recounts",
        "recounted", "mention", "mentions", "mentioned", "report", "reports", "reported", "agree", "agrees",
        "agreed", "maintain", "maintains", "maintained", "confirm", "confirms", "confirmed", "signal", "signals",
        "signaled", "signalled", "expect", "expects", "expected", "doubt", "doubts", "doubted",
    ]

    /// Verbs that name a term someone used: what he called "Anchorage agreements".
    static let namingVerbs: Set<String> = Inflection.allForms([
        "call", "describe", "dub", "term", "label", "brand", "characterize", "characterise", "liken", "compare",
        "praise", "laud", "blast", "slam", "criticize", "criticise", "attack", "mock", "ridicule", "accuse", "admire",
        "hail", "deride", "denounce", "condemn", "decry", "tout", "celebrate", "depict", "portray", "view", "regard",
        "consider", "deem", "pound", "dismiss", "refer", "cite", "quote", "invoke", "lambast", "scold", "rebuke",
        "applaud", "commend", "thank", "fault", "chide", "castigate", "excoriate", "tweet", "blame", "hammer",
        "bemoan", "offer", "talk", "discuss", "challenge", "brag", "promote", "pitch", "defend", "champion", "embrace",
        "endorse", "support", "oppose", "reject", "taunt", "insult", "target", "contrast", "frame", "paint",
        "style", "welcome", "invite", "implore", "encourage", "exhort", "deplore", "chastise", "berate", "assail",
        "knock", "pan", "nickname", "repeat", "echo", "reference", "mention", "admit", "acknowledge", "concede",
        "pledge", "promise", "vow", "threaten", "rate", "rank", "grade", "judge", "proclaim", "trumpet", "herald",
        "credit", "congratulate", "salute", "honor", "honour", "toast", "lambaste", "mock", "question", "label",
        "warn", "urge", "ask", "tout", "boast",
    ], irregular: ["see", "sees", "saw", "seen", "cast", "casts", "casting", "speak", "speaks", "spoke", "spoken",
                   "rip", "rips", "ripped", "ripping", "find", "finds", "found", "hit", "hits", "sing", "sings", "sang"])

    /// Nouns that carry someone's words: Trump's "assertion", his "remarks".
    static let speechNouns: Set<String> = [
        "assertion", "assertions", "claim", "claims", "remark", "remarks", "statement", "statements", "words",
        "comment", "comments", "description", "promise", "promises", "warning", "warnings", "pledge", "pledges",
        "view", "views", "call", "calls", "demand", "demands", "argument", "message", "insistence", "quote",
        "tweet", "tweets", "post", "speech", "answer", "reply", "response", "accusation", "accusations",
        "defense", "defence", "criticism", "praise", "attack", "attacks", "apology", "vow", "vows", "charge",
        "charges", "plea", "appeal", "threat", "threats", "prediction", "predictions", "characterization",
        "motto", "mantra", "catchphrase", "rhetoric", "emphasis", "contention", "slogan", "refrain", "line",
        "message", "pitch", "rallying", "cry", "description", "suggestion", "allegation", "allegations",
    ]

    /// "told reporters", "told the Post": the object between a cue and its content.
    static let tellVerbs: Set<String> = ["tell", "tells", "told", "telling", "assure", "assured", "assures", "warned", "warn", "warns", "urged", "urge", "urges", "advised"]

    /// Words after which a cue word is a noun: "the following comment", "his remarks".
    static let nounDeterminers: Set<String> = [
        "the", "a", "an", "following", "his", "her", "their", "its", "this", "that", "my", "our", "your", "whose",
    ]

    /// Words before a quotation that make it a name or a term, not speech.
    static let termMarkers: Set<String> = [
        "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "headlined", "slogan", "term", "word",
        "phrase", "hashtag", "as", "the", "a", "an", "of", "its", "his", "her", "their", "our",
    ]
}
