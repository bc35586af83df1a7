/// Words that make up speakers: pronouns, titles, the heads of anonymous and group sources.
enum SpeakerLexicon {
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]

    /// Titles and role words that precede a name ("Russian Foreign Minister Sergei Lavrov").
    static let roleWords: Set<String> = [
        "president", "minister", "secretary", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "mayor", "gen.", "general", "adm.", "admiral", "col.", "colonel", "lt.", "sgt.", "capt.", "captain",
        "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "chief", "deputy", "foreign", "defense", "defence",
        "prime", "vice", "special", "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "chairman", "chairwoman", "chair", "director", "head", "leader", "judge",
        "justice", "attorney", "former", "presidential", "nominee", "candidate", "speaker", "majority",
        "minority", "leader", "whip", "state", "national", "security", "finance", "interior", "affairs", "press",
        "commissioner", "chancellor", "king", "queen", "prince", "pope", "sheikh", "rabbi", "father", "bishop",
        "sergeant", "lieutenant", "major", "commander", "officer", "congressman", "congresswoman", "democratic",
        "republican", "gop", "u.s.", "us", "then-candidate", "first", "lady", "communications", "campaign",
        "manager", "chairperson", "economic", "trade", "health", "justice", "energy", "homeland", "senior",
        "top", "assistant", "executive", "ceo", "founder", "co-founder", "editor", "reporter", "columnist",
        "analyst", "economist", "strategist", "pollster", "professor", "lawyer", "host", "anchor", "sen",
        "rep", "gov", "dr", "mr", "mrs", "ms", "gen", "presumptive", "acting", "incoming", "outgoing", "ex",
        "opposition", "party", "staff", "counsel", "general’s", "president-elect", "vice-president",
        "independent", "democrat", "republican", "libertarian", "mp", "lawmaker", "activist",
    ]

    /// Heads of common-noun speakers; plural ones make groups.
    static let singularHeads: Set<String> = [
        "official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "analyst",
        "observer", "expert", "critic", "diplomat", "lawmaker", "senator", "minister", "president", "secretary",
        "envoy", "ambassador", "director", "chairman", "chairwoman", "chair", "head", "leader", "campaign",
        "candidate", "nominee", "statement", "report", "poll", "survey", "study", "ministry", "government",
        "administration", "committee", "police", "prosecutor", "investigator", "resident", "voter", "supporter",
        "member", "officer", "researcher", "economist", "strategist", "pollster", "agency", "department",
        "group", "organization", "organisation", "company", "newspaper", "network", "paper", "magazine",
        "website", "outlet", "team", "office", "military", "army", "person", "insider", "operative", "staffer",
        "representative", "negotiator", "commander", "governor", "mayor", "lawyer", "attorney", "judge",
        "professor", "scholar", "historian", "activist", "witness", "employee", "executive", "founder",
        "manager", "consultant", "strategist", "pundit", "commentator", "columnist", "editorial", "memo",
        "document", "letter", "filing", "lawsuit", "complaint", "indictment", "court", "panel", "board",
        "council", "party", "parliament", "kremlin", "spokesman", "publication", "survey", "analysis",
        "official", "mother", "father", "wife", "husband", "daughter", "son", "friend", "neighbor", "neighbour",
        "woman", "man", "veteran", "doctor", "physician", "citizen", "donor", "delegate", "chief", "deputy",
        "insider", "guardian", "foundation", "institute", "university", "union", "association", "watchdog",
    ]

    static let pluralHeads: Set<String> = [
        "officials", "sources", "aides", "advisers", "advisors", "analysts", "observers", "experts", "critics",
        "diplomats", "lawmakers", "senators", "ministers", "leaders", "prosecutors", "investigators",
        "residents", "voters", "supporters", "members", "officers", "researchers", "economists", "strategists",
        "pollsters", "people", "democrats", "republicans", "insiders", "operatives", "staffers",
        "representatives", "negotiators", "commanders", "lawyers", "attorneys", "scholars", "historians",
        "activists", "witnesses", "employees", "executives", "americans", "conservatives", "liberals",
        "progressives", "commentators", "pundits", "polls", "surveys", "reports", "documents", "authorities",
        "scientists", "doctors", "citizens", "donors", "delegates", "allies", "opponents", "protesters",
        "republicans", "democrats", "ukrainians", "russians", "europeans", "governments", "countries",
        "parents", "students", "teachers", "workers", "women", "men", "families", "veterans", "police",
        "journalists", "reporters", "spokespeople", "figures", "circles",
    ]

    /// Determiners that make a common-noun speaker anonymous: "a source", "one U.S. official".
    static let indefinite: Set<String> = ["a", "an", "one", "another", "two", "three", "several", "some", "many", "most", "few", "other"]

    /// Words that open a noun phrase: the indefinite ones, articles, demonstratives, possessives.
    static let determiners: Set<String> = indefinite.union(["the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our"])

    /// Prepositions, conjunctions and relative words: a speaker phrase never starts or runs through them.
    static let prepositionLike: Set<String> = [
        "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "than", "as", "into", "that", "which", "who",
        "whom", "and", "or", "but", "if", "when", "while", "because", "what",
    ]

    /// Adverbs and auxiliaries that can stand between a speaker and the verb ("Lavrov publicly said").
    static let verbFillers: Set<String> = [
        "has", "have", "had", "also", "later", "then", "again", "recently", "previously", "once", "reportedly",
        "allegedly", "earlier", "would", "will", "did", "does", "do", "may", "might", "could", "just", "already",
        "never", "not", "himself", "herself", "themselves", "itself", "repeatedly", "often", "frequently",
        "still", "even", "further", "since", "publicly", "privately", "openly", "flatly", "quickly", "immediately",
        "subsequently", "initially", "first", "last", "long", "only", "is", "was", "were", "are", "been", "being",
        "must", "should", "can", "shall", "all", "both", "recently", "has", "then",
    ]

    /// Capitalised words that start sentences but never name anyone.
    static let notNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "as", "if", "when", "while",
        "after", "before", "this", "that", "these", "those", "there", "it", "its", "his", "her", "their", "our",
        "we", "he", "she", "they", "i", "you", "yet", "still", "so", "since", "because", "although", "though",
        "however", "meanwhile", "instead", "also", "even", "asked", "according", "despite", "during", "from",
        "to", "by", "of", "about", "against", "between", "over", "under", "into", "than", "then", "now", "here",
        "what", "which", "who", "whom", "whose", "where", "why", "how", "all", "some", "many", "most", "no",
        "not", "both", "each", "every", "other", "another", "such", "my", "your", "one", "two", "three",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
        "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "mr", "do", "does", "did", "is", "was", "are", "were",
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "let", "last",
        "first", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "people", "just",
        "only", "well", "oh", "yes", "like", "via", "per", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
    ]
}
