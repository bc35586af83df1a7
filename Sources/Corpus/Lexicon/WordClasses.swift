/// The word lists attribution tests tokens against, as bits: one hash lookup when a token is made
/// answers every later test, instead of hashing the word again for each.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    static let pronoun = WordClasses(rawValue: 1 << 0)
    static let roleWord = WordClasses(rawValue: 1 << 1)
    static let singularHead = WordClasses(rawValue: 1 << 2)
    static let pluralHead = WordClasses(rawValue: 1 << 3)
    static let verbFiller = WordClasses(rawValue: 1 << 4)
    static let notName = WordClasses(rawValue: 1 << 5)
    static let speechVerb = WordClasses(rawValue: 1 << 6)
    static let organisationWord = WordClasses(rawValue: 1 << 7)
    static let prepositionLike = WordClasses(rawValue: 1 << 8)
    static let determiner = WordClasses(rawValue: 1 << 9)
    static let cueDeterminer = WordClasses(rawValue: 1 << 10)
    static let phrasalVerb = WordClasses(rawValue: 1 << 11)
    /// The first word of a country or capital name: the many names that start with none are not
    /// joined into a string to be looked up.
    static let placeStart = WordClasses(rawValue: 1 << 12)
    /// A word that keeps a period after it: a title or month abbreviation, or a role word written with
    /// one ("gen" of "gen.").
    static let abbreviation = WordClasses(rawValue: 1 << 13)

    static func of(_ lower: String) -> WordClasses {
        var lower = lower
        return lower.withUTF8 { of($0, hash: FNV1a.hash($0)) }
    }

    /// The lists of the lowercase word `bytes`, whose hash is `FNV1a.hash(bytes)`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordClasses {
        WordClasses(rawValue: table.value(of: bytes, hash: hash))
    }

    private static let table = WordClassTable(lists.mapValues(\.rawValue))

    private static let lists: [String: WordClasses] = {
        var table: [String: WordClasses] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClasses) {
            for word in words { table[word, default: []].insert(wordClass) }
        }
        add(SpeakerLexicon.pronouns, .pronoun)
        add(SpeakerLexicon.roleWords, .roleWord)
        add(SpeakerLexicon.singularHeads, .singularHead)
        add(SpeakerLexicon.pluralHeads, .pluralHead)
        add(SpeakerLexicon.verbFillers, .verbFiller)
        add(SpeakerLexicon.notNames, .notName)
        add(CueLexicon.speechVerbs, .speechVerb)
        add(EntityLexicon.organisationWords, .organisationWord)
        add(SpeakerLexicon.prepositionLike, .prepositionLike)
        add(SpeakerLexicon.determiners, .determiner)
        add(CueLexicon.nounDeterminers, .cueDeterminer)
        add(CueLexicon.phrasalCues.keys, .phrasalVerb)
        add(EntityLexicon.placeStarts, .placeStart)
        add(Abbreviations.words, .abbreviation)
        add(SpeakerLexicon.roleWords.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) }, .abbreviation)
        return table
    }()
}
