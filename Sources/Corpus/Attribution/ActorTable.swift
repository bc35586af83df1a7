/// The speakers of one article as they are resolved, with what the discourse needs to resolve the
/// next one: who spoke last, who was last named as a subject, which roles belong to whom. Every lookup
/// goes through an index, so resolving stays constant-time however many actors an article names.
struct ActorTable {
    struct Draft {
        var name: String
        var kind: ActorKind
        var role: String?
        var aliases: [String] = []
        /// In the order found, repeats included: the actor's mentions are sorted and made distinct once, at the end.
        var mentions: [Span] = []
        /// Person names: the given name and its skeleton.
        var firstName: String?
        var firstKey: String?
        var lastUse = 0
        var lastBlock = 0
    }

    /// How a resolved phrase counts for later pronouns.
    enum Use { case speaker, subject, mention }

    private(set) var drafts: [Draft] = []
    private var clock = 0
    private var lastSpeaker: Int?
    private var lastPersonSpeaker: Int?
    private var lastSubject: Int?
    private var lastPerson: Int?
    private var lastOrganisation: Int?
    private var lastGroupOrOrganisation: Int?

    private var bySurname: [String: [Int]] = [:]
    private var byFirstName: [String: [Int]] = [:]
    private var byKindAndKey: [String: Int] = [:]
    private var organisationByLastWord: [String: Int] = [:]
    private var byRoleWord: [String: [Int]] = [:]
    private var anonymousByHead: [String: [Int]] = [:]
    private var personNames: [String: PersonName] = [:]

    /// Resolves a phrase to an actor, creating one when it names someone new. Nil when a pronoun has
    /// nobody to refer to.
    mutating func resolve(_ phrase: SpeakerPhrase, block: Int, use: Use = .speaker) -> Int? {
        let index: Int?
        switch phrase.reading {
        case .pronoun(let word): index = antecedent(of: word, block: block)
        case .named(let name, let role, let organisation):
            index = organisation ? organisationActor(name) : personActor(name, role: role ?? phrase.appositiveRole)
        case .common(let text, let head, let definite, let plural):
            index = commonActor(text, head: head, definite: definite, plural: plural)
        }
        guard let index else { return nil }
        touch(index, block: block, mention: phrase)
        switch use {
        case .speaker: markSpeaker(index)
        case .subject: lastSubject = index
        case .mention: break
        }
        return index
    }

    /// Records a pronoun as a mention of an actor found another way, and counts it as speaking.
    mutating func attach(_ phrase: SpeakerPhrase, to index: Int, block: Int) {
        touch(index, block: block, mention: phrase)
        markSpeaker(index)
    }

    /// Whether a one-word name is the surname of someone already named. Sentences open with the same
    /// names again and again: the name is read once, as a person's name is.
    mutating func knowsSurname(_ name: String) -> Bool { bySurname[personName(name).surnameKey] != nil }

    private mutating func markSpeaker(_ index: Int) {
        lastSpeaker = index
        if drafts[index].kind == .person { lastPersonSpeaker = index }
    }

    // MARK: - Kinds

    private mutating func personActor(_ name: String, role: String?) -> Int {
        let parsed = personName(name)
        let first = parsed.first
        let sameSurname = bySurname[parsed.surnameKey] ?? []
        let match: Int?
        if let first, let firstKey = parsed.firstKey {
            match = latest(sameSurname) { candidate in
                guard let theirs = drafts[candidate].firstName, let theirKey = drafts[candidate].firstKey else { return true }
                return NameKey.compatibleFirstNames(theirs, key: theirKey, first, key: firstKey)
            }
        } else {
            match = latest(sameSurname) { _ in true } ?? firstNameOnly(key: parsed.surnameKey)
        }
        if let match {
            // The same name again, the usual case, is no shorter: the characters are counted only for another.
            if let first, let firstKey = parsed.firstKey, drafts[match].firstName == nil
                || name != drafts[match].name && name.count < drafts[match].name.count && drafts[match].name.hasSuffix(name) {
                drafts[match].firstName = first
                drafts[match].firstKey = firstKey
                drafts[match].name = name
                byFirstName[firstKey, default: []].append(match)
            }
            if drafts[match].role == nil { setRole(role, of: match) }
            return match
        }
        let index = add(Draft(name: name, kind: .person, role: nil, firstName: first, firstKey: parsed.firstKey))
        bySurname[parsed.surnameKey, default: []].append(index)
        if let firstKey = parsed.firstKey { byFirstName[firstKey, default: []].append(index) }
        setRole(role, of: index)
        return index
    }

    private mutating func personName(_ name: String) -> PersonName {
        if let known = personNames[name] { return known }
        let parsed = PersonName(name)
        personNames[name] = parsed
        return parsed
    }

    /// The most recently used of `candidates` that `accepts` takes; the earliest listed among equals.
    private func latest(_ candidates: [Int], where accepts: (Int) -> Bool) -> Int? {
        var best: Int?
        for candidate in candidates where accepts(candidate) {
            if best.map({ drafts[candidate].lastUse > drafts[$0].lastUse }) ?? true { best = candidate }
        }
        return best
    }

    /// "Hillary" alone refers to the one person of that first name, when there is one.
    private func firstNameOnly(key: String) -> Int? {
        let matches = byFirstName[key] ?? []
        return Set(matches).count == 1 ? matches[0] : nil
    }

    private mutating func organisationActor(_ name: String) -> Int {
        var bare = name
        if bare.lowercased().hasPrefix("the ") { bare = String(bare.dropFirst(4)) }
        let folded = bare.matchKey
        let canonical = EntityLexicon.capitals[folded] ?? EntityLexicon.countries[folded] ?? bare
        let key = canonical.matchKey
        if let known = byKindAndKey["organisation:" + key] { return known }
        // "the Post" after "The New York Post".
        if !key.containsSpace, let longer = organisationByLastWord[key] { return longer }
        let index = add(Draft(name: canonical, kind: .organisation))
        byKindAndKey["organisation:" + key] = index
        if let last = key.split(separator: " ").last, key.containsSpace { organisationByLastWord[String(last)] = index }
        return index
    }

    private mutating func commonActor(_ text: String, head: String, definite: Bool, plural: Bool) -> Int {
        if definite, !plural, let referent = roleHolder(head) { return referent }
        let key = text.matchKey
        let kind: ActorKind = plural ? .group : (Self.institutions.contains(head) ? .organisation : .anonymous)
        if let known = byKindAndKey[kind.rawValue + ":" + key] { return known }
        if definite, !plural, let sameHead = (anonymousByHead[head] ?? []).max(by: { drafts[$0].lastUse < drafts[$1].lastUse }) {
            return sameHead
        }
        let index = add(Draft(name: text, kind: kind))
        byKindAndKey[kind.rawValue + ":" + key] = index
        if kind == .anonymous { anonymousByHead[head, default: []].append(index) }
        return index
    }

    private mutating func add(_ draft: Draft) -> Int {
        drafts.append(draft)
        return drafts.count - 1
    }

    private mutating func setRole(_ role: String?, of index: Int) {
        guard let role else { return }
        drafts[index].role = role
        for word in role.matchKey.spaceSeparatedWords { byRoleWord[Self.expand(String(word)), default: []].append(index) }
    }

    /// "the minister" is the most recent actor whose stated role has that word.
    private func roleHolder(_ head: String) -> Int? {
        (byRoleWord[head] ?? []).max { drafts[$0].lastUse < drafts[$1].lastUse }
    }

    /// Title abbreviations as the words a later reference uses ("Gen." is "the general"). Each ends in
    /// a period, so other words are not looked up.
    private static func expand(_ word: String) -> String {
        word.utf8.last == UInt8(ascii: ".") ? abbreviatedTitles[word] ?? word : word
    }

    private static let abbreviatedTitles = ["gen.": "general", "sen.": "senator", "rep.": "representative", "gov.": "governor", "lt.": "lieutenant",
                    "col.": "colonel", "sgt.": "sergeant", "capt.": "captain", "adm.": "admiral", "prof.": "professor",
                    "dr.": "doctor", "amb.": "ambassador", "pres.": "president"]

    private static let institutions: Set<String> = [
        "campaign", "ministry", "government", "administration", "committee", "police", "agency", "department",
        "statement", "report", "poll", "survey", "study", "newspaper", "network", "paper", "magazine", "website",
        "outlet", "team", "office", "military", "army", "court", "panel", "board", "council", "party",
        "parliament", "memo", "document", "letter", "filing", "lawsuit", "complaint", "indictment", "foundation",
        "institute", "university", "union", "association", "watchdog", "publication", "analysis", "editorial",
        "company", "group", "organization", "organisation", "kremlin",
    ]

    // MARK: - Pronouns

    private func antecedent(of pronoun: String, block: Int) -> Int? {
        switch pronoun {
        case "he", "she", "i":
            if let subject = lastSubject, drafts[subject].kind == .person, block - drafts[subject].lastBlock <= 1,
               lastPersonSpeaker.map({ drafts[subject].lastUse > drafts[$0].lastUse }) ?? true {
                return subject
            }
            if let speaker = lastPersonSpeaker, block - drafts[speaker].lastBlock <= 4 { return speaker }
            return lastPerson
        case "they", "we":
            if let speaker = lastSpeaker, drafts[speaker].kind != .person, block - drafts[speaker].lastBlock <= 4 { return speaker }
            return lastGroupOrOrganisation
        default:
            return lastOrganisation ?? lastSpeaker
        }
    }

    private mutating func touch(_ index: Int, block: Int, mention phrase: SpeakerPhrase) {
        clock += 1
        drafts[index].lastUse = clock
        drafts[index].lastBlock = block
        switch drafts[index].kind {
        case .person: lastPerson = index
        case .organisation: lastOrganisation = index; lastGroupOrOrganisation = index
        case .group: lastGroupOrOrganisation = index
        case .anonymous: break
        }
        drafts[index].mentions.append(phrase.span)
        let alias: String
        switch phrase.reading {
        case .named(let name, _, _): alias = name
        case .common(let text, _, _, _): alias = text
        case .pronoun: return
        }
        if alias != drafts[index].name, !drafts[index].aliases.contains(alias) { drafts[index].aliases.append(alias) }
    }
}
