@testable import Corpus
import Testing

/// Claims: the position each attributed quote states, keyed by topic so that actors line up.
@Suite struct ClaimTests {
    @Test func everyAttributedQuoteMakesOneClaim() {
        let article = story(
            "\"Nobody knows,\" a sign on the pier read.",
            "\"We demand an immediate ceasefire along the river,\" said Oda Strand, the envoy.",
            "Kasimir Ruel said a truce now would only help the rebels."
        )
        let attributed = article.quotes.filter { $0.actor != nil }
        #expect(article.quotes.count == 3)
        #expect(attributed.count == 2)
        #expect(article.claims.count == attributed.count)
        for quote in attributed {
            let claims = article.claims.filter { $0.quote == quote.id }
            #expect(claims.count == 1)
            #expect(claims.first?.actor == quote.actor)
            #expect(claims.first?.span == quote.span)
        }
    }

    @Test func claimActorsAreActorsOfTheArticle() {
        let article = story(
            "Foreign Minister Ardal Venko said the border would stay open.",
            "\"The border is a sieve,\" opposition leader Kasimir Ruel said."
        )
        #expect(!article.claims.isEmpty)
        #expect(article.claims.allSatisfy { article.actor(id: $0.actor) != nil })
    }

    @Test(arguments: [
        ("Kasimir Ruel urged the council to impose new sanctions on the rebels.", Stance.demands),
        ("Kasimir Ruel demanded that the rebels hand over their heavy guns.", .demands),
        ("Kasimir Ruel insisted: \"The rebels must disarm first.\"", .demands),
        ("Kasimir Ruel rejected the proposal for a buffer zone along the river.", .rejects),
        ("Kasimir Ruel denied that his troops had entered the village.", .rejects),
        ("Kasimir Ruel predicted that the rebels would sue for peace by summer.", .predicts),
    ])
    func stanceComesFromTheCue(paragraph: String, stance: Stance) {
        let article = story(paragraph)
        #expect(article.claims.count == 1)
        #expect(article.claims.first?.stance == stance)
    }

    @Test func twoActorsOnOneSubjectShareATopic() {
        let article = story(
            "\"We demand an immediate ceasefire along the river,\" said Oda Strand.",
            "\"A truce now would only help the rebels,\" Kasimir Ruel said."
        )
        let strand = article.claims.first { article.actor(id: $0.actor)?.name == "Oda Strand" }
        let ruel = article.claims.first { article.actor(id: $0.actor)?.name == "Kasimir Ruel" }
        #expect(strand?.topic == "ceasefire")
        #expect(ruel?.topic == strand?.topic)
        #expect(strand?.stance == .demands)
    }

    @Test func evidenceSpanLiesInTheText() {
        let article = story(
            "Oda Strand said the ceasefire would hold. \"It will hold,\" she said.",
            "According to Kasimir Ruel, sanctions will follow within a week."
        )
        #expect(article.claims.count == 3)
        for claim in article.claims {
            #expect(claim.span.start >= 0 && claim.span.start < claim.span.end && claim.span.end <= article.text.count)
            #expect(article.quote(id: claim.quote ?? "")?.span == claim.span)
        }
    }
}
