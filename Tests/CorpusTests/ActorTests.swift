@testable import Corpus
import Testing

/// One actor per speaker: surface forms merge within an article, ids agree across the corpus.
@Suite struct ActorTests {
    @Test func fullNameSurnameAndRoleReferToOneActor() {
        let article = story(
            "Foreign Minister Ardal Venko said the border would stay open.",
            "Venko said the talks would resume next week.",
            "The minister said no date had been fixed yet."
        )
        #expect(article.quotes.count == 3)
        #expect(article.actors.count == 1)
        let venko = article.actors.first
        #expect(venko?.name == "Ardal Venko")
        #expect(venko?.role == "Foreign Minister")
        #expect(venko?.aliases.contains("Venko") == true)
        #expect(article.quotes.allSatisfy { $0.actor == venko?.id })
    }

    @Test func transliterationsOfOneFirstNameMerge() {
        let article = story(
            "\"We are ready to sign,\" Andrei Polzin said.",
            "\"We are still ready,\" Andrey Polzin said on Friday."
        )
        #expect(article.actors.count == 1)
        #expect(article.speaker(of: article.quote(containing: "ready to sign"))
            == article.speaker(of: article.quote(containing: "still ready")))
    }

    @Test func peopleSharingAFirstNameStaySeparate() {
        let article = story(
            "Maria Novak said the vote was rigged from the start.",
            "Maria Kellner said the vote was clean and fair.",
            "Maria said the count took far too long."
        )
        let novak = article.speaker(of: article.quote(containing: "rigged"))
        let kellner = article.speaker(of: article.quote(containing: "clean and fair"))
        #expect(novak?.name == "Maria Novak")
        #expect(kellner?.name == "Maria Kellner")
        // A bare first name shared by two people belongs to neither.
        let bare = article.speaker(of: article.quote(containing: "count took"))
        #expect(bare != novak && bare != kellner)
    }

    @Test(arguments: [("France", "Paris"), ("Russia", "Moscow")])
    func capitalSpeaksForItsCountry(country: String, capital: String) {
        let article = story(
            "\(country) said it would send two frigates to the strait.",
            "\(capital) said the frigates would leave on Sunday."
        )
        #expect(article.actors.count == 1)
        #expect(article.actors.first?.name == country)
        #expect(article.actors.first?.kind == .organisation)
        #expect(article.actors.first?.aliases.contains(capital) == true)
    }

    @Test func institutionStaysApartFromItsCountry() {
        let article = story(
            "France said it would send two frigates to the strait.",
            "The Élysée Palace said the president had approved the plan."
        )
        let france = article.speaker(of: article.quote(containing: "frigates"))
        let palace = article.speaker(of: article.quote(containing: "approved the plan"))
        #expect(france?.name == "France")
        #expect(palace != nil && palace != france)
    }

    @Test func samePersonHasOneIdAcrossArticles() {
        let corpus = CorpusBuilder.build([
            source(["Port Deal Signed", "Harbour Minister Ilse Brandvik said the deal would create jobs."], doc: "a"),
            source(["Crane Arrives", "\"It is finally here,\" Ilse Brandvik told reporters."], doc: "b"),
        ])
        let ids = corpus.articles.map { $0.quotes.first?.actor }
        #expect(ids[0] != nil && ids[0] == ids[1])
        let brandvik = corpus.actors.filter { $0.name == "Ilse Brandvik" }
        #expect(brandvik.count == 1)
        #expect(brandvik.first?.docs.sorted() == ["a", "b"])
        #expect(brandvik.first?.quoteCount == 2)
    }

    @Test func bareSurnameJoinsTheFullNameFromAnotherArticle() {
        let corpus = CorpusBuilder.build([
            source(["Port Deal Signed", "Harbour Minister Ilse Brandvik said the deal would create jobs."], doc: "a"),
            source(["Unions Wary", "\"We will watch the numbers closely,\" Brandvik said."], doc: "b"),
        ])
        let second = corpus.articles[1]
        #expect(second.speaker(of: second.quotes.first)?.name == "Ilse Brandvik")
        #expect(second.quotes.first?.actor == corpus.articles[0].quotes.first?.actor)
        #expect(corpus.actors.count == 1)
    }

    @Test func namesakesWithDifferentFirstNamesStayApartAcrossArticles() {
        let corpus = CorpusBuilder.build([
            source(["Port Deal Signed", "\"We will build a new crane,\" Ilse Brandvik said."], doc: "a"),
            source(["Unions Wary", "\"The crane costs too much,\" Nils Brandvik said."], doc: "b"),
        ])
        let ids = corpus.articles.map { $0.quotes.first?.actor }
        #expect(ids[0] != ids[1])
        #expect(Set(corpus.actors.map(\.name)) == ["Ilse Brandvik", "Nils Brandvik"])
    }
}
