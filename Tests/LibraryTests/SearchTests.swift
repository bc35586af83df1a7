import Corpus
@testable import Library
import Testing

@Test func aWordFindsEveryQuoteSayingItWithWhereItIs() throws {
    let scratch = try Scratch()
    let hits = try Newsroom.open(scratch).search(SearchQuery(text: "ceasefire"))
    #expect(Set(hits.map(\.doc)) == ["moscow", "kyiv"])
    #expect(hits.allSatisfy { $0.source == .quote && $0.text.contains("ceasefire") })
    for hit in hits {
        let article = hit.doc == "moscow" ? Newsroom.moscow : Newsroom.kyiv
        #expect(article.text.string(hit.span) == hit.text)
        #expect(hit.path == "/articles/\(hit.doc).txt")
    }
    let lavrov = try #require(hits.first { $0.doc == "moscow" })
    #expect(lavrov.speaker == "Sergey Lavrov")
    #expect(lavrov.actor == "sergey-lavrov")
    #expect(lavrov.kind == .direct)
    #expect((lavrov.topic, lavrov.stance) == ("ceasefire", .rejects))
}

@Test func hitsAreRankedByBM25() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    var builder = ArticleBuilder(doc: "brief", "Brief\nShe said: \"Ceasefire, ceasefire, ceasefire.\"")
    builder.actor("ann-lee", "Ann Lee")
    builder.quote("Ceasefire, ceasefire, ceasefire.", by: "ann-lee")
    try store.add(builder.article)
    let hits = try store.search(SearchQuery(text: "ceasefire"))
    #expect(hits.count == 3)
    #expect(hits.first?.doc == "brief")
    #expect(hits.map(\.score) == hits.map(\.score).sorted())
    #expect(hits.allSatisfy { $0.score < 0 })
}

@Test func speakerMatchesNameAliasOrLastWordInAnyCase() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    for speaker in ["Sergey Lavrov", "lavrov", "THE MINISTER"] {
        let hits = try store.search(SearchQuery(text: "", speaker: speaker))
        #expect(hits.map(\.id) == ["q1", "q2"], "\(speaker)")
        #expect(hits.allSatisfy { $0.actor == "sergey-lavrov" })
    }
    #expect(try store.search(SearchQuery(text: "", speaker: "Zelensky")).map(\.doc) == ["kyiv", "kyiv"])
    #expect(try store.search(SearchQuery(text: "", speaker: "Serg")).isEmpty)
    #expect(try store.search(SearchQuery(text: "ceasefire", speaker: "Zelensky")).map(\.id) == ["q1"])
}

@Test func topicMatchesPartOfTheKeyOfTheQuotesClaim() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    let hits = try store.search(SearchQuery(text: "", topic: "TALKS"))
    #expect(hits.map { "\($0.doc)/\($0.id)" } == ["moscow/q2"])
    #expect(hits.first?.topic == "peace talks")
    #expect(try store.search(SearchQuery(text: "", topic: "ceasefire")).count == 2)
    #expect(try store.search(SearchQuery(text: "", topic: "50%")).isEmpty)
}

@Test func stanceFiltersQuotesAndClaims() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    #expect(try store.search(SearchQuery(text: "", stance: .opposes)).map { "\($0.doc)/\($0.id)" } == ["kyiv/q1"])
    let supports = try store.search(SearchQuery(text: "", stance: .supports))
    #expect(supports.map(\.source) == [.claim])
    #expect(supports.first?.text == "NATO will send more air defense systems")
    #expect(try store.search(SearchQuery(text: "ceasefire", stance: .rejects)).map(\.doc) == ["moscow"])
}

@Test func kindKeepsOnlyQuotesOfThatKind() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    #expect(try store.search(SearchQuery(text: "", kind: .partial)).map(\.text) == ["security guarantees"])
    #expect(try store.search(SearchQuery(text: "", kind: .indirect)).map(\.id) == ["q2"])
    #expect(try store.search(SearchQuery(text: "guarantees", kind: .direct)).map(\.doc) == ["kyiv"])
}

@Test func claimsWithoutAQuoteAreSearchedByTheirEvidence() throws {
    let scratch = try Scratch()
    let hits = try Newsroom.open(scratch).search(SearchQuery(text: "air defense"))
    #expect(hits.count == 1)
    let claim = try #require(hits.first)
    #expect((claim.source, claim.id, claim.speaker, claim.kind) == (.claim, "c3", "NATO", nil))
    #expect((claim.topic, claim.stance) == ("military aid", .supports))
    #expect(Newsroom.kyiv.text.string(claim.span) == claim.text)
}

@Test func queriesUseFTS5SyntaxAndFallBackToWords() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    #expect(try store.search(SearchQuery(text: "Istanbul OR invitation")).count == 2)
    #expect(try store.search(SearchQuery(text: "\"front line\"")).map(\.doc) == ["moscow"])
    #expect(try store.search(SearchQuery(text: "resum*")).map(\.id) == ["q2"])
    // Stemmed: "freeze" finds "freezes".
    #expect(try store.search(SearchQuery(text: "freeze")).map(\.doc) == ["moscow"])
    // Not FTS5 syntax: the words must all appear.
    #expect(try store.search(SearchQuery(text: "next-war \"invitation")).map(\.doc) == ["kyiv"])
    #expect(try store.search(SearchQuery(text: "ceasefire", limit: 1)).count == 1)
}

@Test func articlesAreFoundByTitleAndText() throws {
    let scratch = try Scratch()
    let store = try Newsroom.open(scratch)
    #expect(try store.articles(matching: "truce").map(\.doc) == ["moscow"])
    #expect(try store.articles(matching: "guarantees").map(\.title) == ["Kyiv wants guarantees"])
    #expect(try store.articles(matching: "ceasefire").count == 2)
    #expect(try store.articles(matching: "!!!").isEmpty)
}

@Test func topicAndStanceMustHoldForTheSameClaim() throws {
    let scratch = try Scratch()
    let store = try scratch.open()
    var builder = ArticleBuilder(doc: "mixed", "Mixed\n\"Sanctions work, and the ceasefire will fail,\" Ann Lee said.")
    builder.actor("ann-lee", "Ann Lee")
    builder.quote("Sanctions work, and the ceasefire will fail,", by: "ann-lee", topic: "sanctions", stance: .supports)
    builder.claim("the ceasefire will fail", by: "ann-lee", topic: "ceasefire", stance: .predicts, quote: "q1")
    try store.add(builder.article)
    #expect(try store.search(SearchQuery(text: "", topic: "sanctions", stance: .supports)).map(\.topic) == ["sanctions"])
    let ceasefire = try store.search(SearchQuery(text: "", topic: "ceasefire", stance: .predicts))
    #expect(ceasefire.map { [$0.topic, $0.stance?.rawValue] } == [["ceasefire", "predicts"]])
    #expect(try store.search(SearchQuery(text: "", topic: "ceasefire", stance: .supports)).isEmpty)
    #expect(try store.search(SearchQuery(text: "", stance: .predicts)).map(\.id) == ["q1"])
}
