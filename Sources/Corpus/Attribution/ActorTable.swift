/// The speakers of one article as they are resolved, with what the discourse needs to resolve the
/// next one: who spoke last, who was last named as a subject, which roles belong to whom.
struct ActorTable {
    struct Draft {
        var name: String
        var kind: ActorKind
        var role: String?
        var aliases: [String] = []
        var mentions: [Span] = []
        /// The same spans, so that a much-mentioned actor is not searched linearly for each new mention.
        var mentionSet: Set<Span> = []
        /// Person names: the surname and first-name skeletons. Others: the folded canonical name.
        var surnameKey: String?
        var firstName: String?
        var key: String
        var lastUse = 0
        var lastBlock = 0
    }

    private(set) var drafts: [Draft] = []
    private var clock = 0
    private var lastSpeaker: Int?
    private var lastPersonSpeaker: Int?
    private var lastSubject: Int?

    /// Resolves a phrase to an actor, creating one when it names someone new. Nil when a pronoun has
    /// nobody to refer to.
    /// How a resolved phrase counts for later pronouns.
    enum Use { case speaker, subject, mention }

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
        case .speaker:
            lastSpeaker = index
            if drafts[index].kind == .person { lastPersonSpeaker = index }
        case .subject: lastSubject = index
        case .mention: break
        }
        return index
    }

    /// The speaker most recently resolved, if within `blocks` blocks of `block`.
    func recentSpeaker(block: Int, within blocks: Int) -> Int? {
        guard let lastSpeaker, block - drafts[lastSpeaker].lastBlock <= blocks else { return nil }
        return lastSpeaker
    }

    func lastMention(of index: Int) -> Span? { drafts[index].mentions.last }

    /// Records a pronoun as a mention of an actor found another way, and counts it as speaking.
    mutating func attach(_ phrase: SpeakerPhrase, to index: Int, block: Int) {
        touch(index, block: block, mention: phrase)
        lastSpeaker = index
        if drafts[index].kind == .person { lastPersonSpeaker = index }
    }

    /// Whether a one-word name is the surname of someone already named.
    func knowsSurname(_ name: String) -> Bool {
        let key = NameKey.skeleton(name)
        return drafts.contains { $0.kind == .person && $0.surnameKey == key }
    }

    // MARK: - Kinds

    private mutating func personActor(_ name: String, role: String?) -> Int {
        let parts = name.split(separator: " ").map(String.init)
        let surname = parts.last ?? name
        // The given name is the word before the surname: "Fisherman Colm Reddy" is Colm Reddy.
        let first = parts.count >= 2 ? parts[parts.count - 2] : nil
        let surnameKey = NameKey.skeleton(surname)
        let sameSurname = drafts.indices.filter { drafts[$0].kind == .person && drafts[$0].surnameKey == surnameKey }
            .sorted { drafts[$0].lastUse > drafts[$1].lastUse }
        let match: Int?
        if let first {
            match = sameSurname.first { candidate in
                drafts[candidate].firstName.map { NameKey.compatibleFirstNames($0, first) } ?? true
            }
        } else {
            match = sameSurname.first ?? firstNameOnly(surname)
        }
        if let match {
            if let first, drafts[match].firstName == nil || name.count < drafts[match].name.count && drafts[match].name.hasSuffix(name) {
                drafts[match].firstName = first
                drafts[match].name = name
            }
            if drafts[match].role == nil { drafts[match].role = role }
            return match
        }
        drafts.append(Draft(name: name, kind: .person, role: role, surnameKey: surnameKey, firstName: first, key: name.matchKey))
        return drafts.count - 1
    }

    /// "Hillary" alone refers to the one person of that first name, when there is one.
    private func firstNameOnly(_ word: String) -> Int? {
        let matches = drafts.indices.filter { drafts[$0].kind == .person && drafts[$0].firstName.map { NameKey.skeleton($0) } == NameKey.skeleton(word) }
        return matches.count == 1 ? matches[0] : nil
    }

    private mutating func organisationActor(_ name: String) -> Int {
        var bare = name
        if bare.lowercased().hasPrefix("the ") { bare = String(bare.dropFirst(4)) }
        let folded = bare.matchKey
        let canonical = EntityLexicon.capitals[folded] ?? EntityLexicon.countries[folded] ?? bare
        let key = canonical.matchKey
        if let known = drafts.firstIndex(where: { $0.kind == .organisation && $0.key == key }) { return known }
        // "the Post" after "The New York Post".
        if !key.contains(" "), let longer = drafts.firstIndex(where: { $0.kind == .organisation && $0.key.hasSuffix(" " + key) }) {
            return longer
        }
        drafts.append(Draft(name: canonical, kind: .organisation, key: key))
        return drafts.count - 1
    }

    private mutating func commonActor(_ text: String, head: String, definite: Bool, plural: Bool) -> Int {
        if definite, !plural, let referent = roleHolder(head) { return referent }
        let key = text.matchKey
        let kind: ActorKind = plural ? .group : (Self.institutions.contains(head) ? .organisation : .anonymous)
        if let known = drafts.firstIndex(where: { $0.kind == kind && $0.key == key }) { return known }
        if definite, !plural, let sameHead = drafts.indices.filter({ drafts[$0].kind == .anonymous && drafts[$0].key.hasSuffix(head) })
            .max(by: { drafts[$0].lastUse < drafts[$1].lastUse }) {
            return sameHead
        }
        drafts.append(Draft(name: text, kind: kind, key: key))
        return drafts.count - 1
    }

    /// "the minister" is the most recent actor whose stated role has that word.
    private func roleHolder(_ head: String) -> Int? {
        drafts.indices.filter { index in
            drafts[index].role.map { role in role.matchKey.split(separator: " ").contains { Self.expand(String($0)) == head } } == true
        }
        .max { drafts[$0].lastUse < drafts[$1].lastUse }
    }

    /// Title abbreviations as the words a later reference uses ("Gen." is "the general").
    private static func expand(_ word: String) -> String {
        let full = ["gen.": "general", "sen.": "senator", "rep.": "representative", "gov.": "governor", "lt.": "lieutenant",
                    "col.": "colonel", "sgt.": "sergeant", "capt.": "captain", "adm.": "admiral", "prof.": "professor",
                    "dr.": "doctor", "amb.": "ambassador", "pres.": "president"]
        return full[word] ?? word
    }

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
            return mostRecent { $0.kind == .person }
        case "they", "we":
            if let speaker = lastSpeaker, drafts[speaker].kind != .person, block - drafts[speaker].lastBlock <= 4 { return speaker }
            return mostRecent { $0.kind == .group || $0.kind == .organisation }
        default:
            return mostRecent { $0.kind == .organisation } ?? lastSpeaker
        }
    }

    private func mostRecent(where predicate: (Draft) -> Bool) -> Int? {
        drafts.indices.filter { predicate(drafts[$0]) }.max { drafts[$0].lastUse < drafts[$1].lastUse }
    }

    private mutating func touch(_ index: Int, block: Int, mention phrase: SpeakerPhrase) {
        clock += 1
        drafts[index].lastUse = clock
        drafts[index].lastBlock = block
        if drafts[index].mentionSet.insert(phrase.span).inserted {
            drafts[index].mentions.append(phrase.span)
        }
        if case .pronoun = phrase.reading { return }
        let alias: String
        switch phrase.reading {
        case .named(let name, _, _): alias = name
        case .common(let text, _, _, _): alias = text
        case .pronoun: return
        }
        if alias != drafts[index].name, !drafts[index].aliases.contains(alias) { drafts[index].aliases.append(alias) }
    }
}
