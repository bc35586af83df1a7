@testable import Corpus
import Dispatch
import Testing

/// Rules the engine gets wrong today. Each test states what a careful reader expects; it is disabled
/// so the suite stays green, and the comment says what the engine produces instead.
@Suite struct KnownGapsTests {
    // MARK: - Quotations

    /// Today: the quotation closes at "Pellows'" and has no speaker.
    @Test(.disabled("engine gap: a plural possessive closes a single-quoted quotation early"))
    func pluralPossessiveInsideSingleQuotes() {
        let article = story("'We will never sell the Pellows' barn,' Mara Quell said.")
        #expect(article.string(article.quotes.first?.span) == "'We will never sell the Pellows' barn,'")
        #expect(article.speaker(of: article.quotes.first)?.name == "Mara Quell")
    }

    /// Today: 'n' is read as a quotation, which makes the reported speech a partial quote.
    @Test(.disabled("engine gap: the elision in rock 'n' roll is read as a quotation"))
    func elisionIsNotAQuotation() {
        let article = story("Mara Quell said rock 'n' roll is back in Quillport.")
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.kind == .indirect)
    }

    /// Today: one quote from the first mark to the end, attributed to Edda Vorn through the second cue.
    @Test(.disabled("engine gap: a quotation ending in a period takes the cue of the next sentence over its own cue before it"))
    func cueBeforeWinsOverTheNextSentencesCue() {
        let article = story("Colm Reddy, a fisherman, waited at the pier. He said, \"We are ready.\" Edda Vorn said: \"We wait.\"")
        #expect(article.quotes.count == 2)
        #expect(article.speaker(of: article.quote(containing: "We are ready"))?.name == "Colm Reddy")
        #expect(article.speaker(of: article.quote(containing: "We wait"))?.name == "Edda Vorn")
    }

    /// Today: the open quotation goes to Edda Vorn, the speaker before, by continuation.
    @Test(.disabled("engine gap: a quotation left open takes its speaker from the paragraph before, not from the cue that closes it"))
    func quotationLeftOpenTakesTheCueOfItsContinuation() {
        let article = story(
            "\"The tide is late again,\" Edda Vorn said.",
            "Signe Halvorsen, who chairs the port board, was blunt. \"We were promised a new crane by March. It never came.",
            "\"Our crews waited all spring,\" she said."
        )
        let halvorsen = article.speaker(of: article.quote(containing: "waited all spring"))
        #expect(halvorsen?.name == "Signe Halvorsen")
        #expect(article.speaker(of: article.quote(containing: "new crane")) == halvorsen)
    }

    /// Today: the sign's words are attributed to Kasimir Ruel by continuation.
    @Test(.disabled("engine gap: a quotation with a non-speech cue is given to the previous speaker"))
    func quotationReadFromASignIsNobodysSpeech() {
        let article = story(
            "Kasimir Ruel said a truce now would only help the rebels.",
            "\"Nobody knows,\" a sign on the pier read."
        )
        #expect(article.quote(containing: "Nobody knows")?.actor == nil)
    }

    /// Today: the cue span is "six", a word inside the quotation: the cue's token index in the earlier
    /// paragraph is looked up in the later one.
    @Test(.disabled("engine gap: the cue of a speaker introduced by \"X added:\" points into the wrong paragraph"))
    func cueOfAddedColonLiesInTheEarlierParagraph() {
        let article = story("Harbour master Edda Vorn later added:", "\"The gates open at six, whatever the weather.\"")
        #expect(article.string(article.quotes.first?.cue) == "added")
    }

    /// Today: the cue is "called the" and "called it".
    @Test(.disabled("engine gap: the cue span of a naming verb takes in the next word"))
    func namingCueIsTheVerbAlone() {
        let article = story(
            "Deputy Mayor Brin Oakes called the toll plan \"a slow-motion disaster\" on Tuesday.",
            "Tomas Ferrel inspected the hull. He called it \"a floating wreck\" and walked away."
        )
        #expect(article.string(article.quote(containing: "slow-motion")?.cue) == "called")
        #expect(article.string(article.quote(containing: "floating wreck")?.cue) == "called")
    }

    /// Today: no quote; the quotation is dropped as a fragment.
    @Test(.disabled("engine gap: a stray control character before a quotation hides it"))
    func controlCharacterBeforeAQuotation() {
        let article = story("\u{1} \"The tide is late,\" Oren Vask said.")
        #expect(article.speaker(of: article.quote(containing: "tide is late"))?.name == "Oren Vask")
    }

    // MARK: - Reported speech

    /// Today: the content is "in a statement" / "in a note".
    @Test(.disabled("engine gap: \"..., X said in a statement.\" reports the prepositional phrase instead of the speech"),
          arguments: ["said in a statement", "wrote in a note"])
    func reportBeforeTheSpeakerWithATrailingPhrase(cue: String) {
        let article = story("The harbour will reopen in spring, Oren Vask \(cue).")
        #expect(article.string(article.quotes.first?.span) == "The harbour will reopen in spring")
    }

    /// Today: "reporters the bridge" is read as the audience, so the content is "was safe for traffic".
    @Test(.disabled("engine gap: \"told reporters\" without \"that\" swallows the subject of the report"))
    func toldReportersWithoutThat() {
        let article = story("Pia Dunmore told reporters the bridge was safe for traffic.")
        #expect(article.string(article.quotes.first?.span) == "the bridge was safe for traffic")
    }

    /// Today: "that the old dam" and "that it" are read as the one warned, leaving "could fail in a storm"
    /// and "would respond to any blockade" (with a shorter rest, no quote at all).
    @Test(.disabled("engine gap: \"warned that ...\" reads the clause's subject as the one warned"),
          arguments: [
              ("Pia Dunmore warned that the old dam could fail in a storm.", "that the old dam could fail in a storm"),
              ("Moscow warned that it would respond to any blockade.", "that it would respond to any blockade"),
          ])
    func warnedThat(paragraph: String, content: String) {
        let article = story(paragraph)
        #expect(article.string(article.quotes.first?.span) == content)
    }

    // MARK: - Speakers

    /// Today: no quote for either sentence.
    @Test(.disabled("engine gap: a spokesman for a named principal is not read as a speaker"),
          arguments: [
              "A spokesman for the Élysée said the crews were briefed.",
              "Ilse Brandvik's spokesman said the minister was ill.",
          ])
    func spokesmanForSomeone(paragraph: String) {
        let article = story(paragraph)
        #expect(article.quotes.count == 1)
        #expect(article.quotes.first?.actor != nil)
    }

    /// Today: the quote is attributed to a group actor "reporters".
    @Test(.disabled("engine gap: in \"X told reporters: ...\" the audience is taken for the speaker"))
    func toldReportersColonKeepsTheSpeaker() {
        let article = story("Brin Oakes told reporters: \"The toll is the fairest option we have.\"")
        #expect(article.speaker(of: article.quotes.first)?.name == "Brin Oakes")
        #expect(article.string(article.quotes.first?.cue) == "told")
    }

    /// Today: "Shop owners" is not read as a speaker; no quote.
    @Test(.disabled("engine gap: a plural common noun outside the lexicon is not a group source"))
    func unlistedPluralIsAGroup() {
        let article = story("Shop owners said the toll was unfair to them.")
        #expect(article.speaker(of: article.quotes.first)?.kind == .group)
    }

    /// Today: the quote has no speaker.
    @Test(.disabled("engine gap: names in scripts without letter case are not read as speakers"))
    func nameInAnUncasedScript() {
        let article = story("\"The tide is late,\" 李明 said.")
        #expect(article.string(article.quotes.first?.speaker) == "李明")
        #expect(article.speaker(of: article.quotes.first)?.kind == .person)
    }

    /// Today: "Analysts" opening the sentence is a person, apart from the group "analysts".
    @Test(.disabled("engine gap: a plural source opening a sentence is read as a person's name"))
    func capitalisedPluralSourceIsAGroup() {
        let article = story("Analysts say the toll will cut traffic by a third.", "The toll will hurt small shops, analysts say.")
        #expect(article.actors.count == 1)
        #expect(article.actors.first?.kind == .group)
    }

    // MARK: - Actors

    /// Today: "Fisherman Colm Reddy" and "Colm Reddy" are two actors.
    @Test(.disabled("engine gap: a capitalised title outside the lexicon becomes part of the name"))
    func unlistedTitleIsNotPartOfTheName() {
        let article = story(
            "Fisherman Colm Reddy spoke next. He said: \"We lose a day of work.\"",
            "\"Nobody told us,\" said Colm Reddy."
        )
        #expect(article.actors.count == 1)
        #expect(article.actors.first?.name == "Colm Reddy")
    }

    /// Today: "the general" is a new anonymous actor.
    @Test(.disabled("engine gap: an abbreviated title (Gen.) does not let \"the general\" refer back"))
    func abbreviatedTitleReferredToInFull() {
        let article = story(
            "\"The line will hold,\" said Gen. Oskar Malm.",
            "\"Send the reserves tonight,\" said the general."
        )
        #expect(article.actors.count == 1)
        #expect(article.speaker(of: article.quote(containing: "reserves"))?.name == "Oskar Malm")
    }

    /// Today: "The Élysée said ..." yields no quote; with a quotation the words go to France by continuation.
    @Test(.disabled("engine gap: \"the Élysée\" is not read as a speaker"))
    func institutionWithTheIsASpeaker() {
        let article = story(
            "France said it would send two frigates to the strait.",
            "\"The crews are ready,\" the Élysée said.",
            "The Élysée said the president had approved the plan."
        )
        let elysee = article.speaker(of: article.quote(containing: "crews are ready"))
        #expect(elysee != nil && elysee?.name != "France")
        #expect(elysee?.kind == .organisation)
        #expect(article.speaker(of: article.quote(containing: "approved the plan")) == elysee)
    }

    /// Today: kind person.
    @Test(.disabled("engine gap: a palace or other institution named without an organisation word is a person"))
    func palaceIsAnOrganisation() {
        let article = story("The Élysée Palace said the president had approved the plan.")
        #expect(article.speaker(of: article.quotes.first)?.kind == .organisation)
    }

    /// Today: "Foreign Minister Ardal Venko" is listed three times at one place.
    @Test(.disabled("engine gap: an actor's mentions repeat the same span"))
    func mentionsAreDistinct() {
        let article = story("Foreign Minister Ardal Venko said the border would stay open.")
        let mentions = article.actors.first?.mentions ?? []
        #expect(mentions.count == 1)
        #expect(Set(mentions).count == mentions.count)
    }

    // MARK: - Corpus ids

    /// Today: the second id is the literal text "\(base)-\(suffix)" (an escaped interpolation).
    @Test(.disabled("engine gap: the corpus id of a second actor with the same slug is not a slug"))
    func corpusIdsAreSlugs() {
        let corpus = CorpusBuilder.build([
            source(["Toll Vote", "\"The toll is fair,\" Anna-Lena Berg said."], doc: "a"),
            source(["Toll Row", "\"The toll is fair,\" Anna Lena Berg said."], doc: "b"),
        ])
        for actor in corpus.actors {
            #expect(actor.id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, "id \(actor.id)")
        }
    }

    /// Today: CorpusBuilder.build never returns (the suffix loop makes the same id forever).
    @Test(.disabled("engine gap: three actors with the same slug make CorpusBuilder.build loop forever"))
    func threeActorsWithOneSlugFinish() {
        let sources = ["Anna-Lena Berg", "Anna Lena Berg", "Anna Lena-Berg"].enumerated().map { index, name in
            source(["Toll Vote", "\"The toll is fair,\" \(name) said."], doc: "d\(index)")
        }
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = CorpusBuilder.build(sources)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
    }

    // MARK: - Claims

    /// Today: stance demands, read from "called" as in "called for".
    @Test(.disabled("engine gap: the naming verb \"called\" gives the stance demands"))
    func namingIsNotDemanding() {
        let article = story("Deputy Mayor Brin Oakes called the toll plan \"a slow-motion disaster\" on Tuesday.")
        #expect(article.claims.count == 1)
        #expect(article.claims.first?.stance != .demands)
    }
}
