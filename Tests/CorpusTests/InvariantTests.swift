@testable import Corpus
import Testing

/// Whatever the input, the output is well formed: spans inside the text, quotes in order,
/// every reference pointing at something that exists.
@Suite struct InvariantTests {
    @Test(arguments: OddText.all)
    func articleIsWellFormed(input: OddText) {
        let article = Extractor.extract(SourceText(doc: "odd", path: "odd.txt", text: input.text))
        #expect(article.text.count == input.text.unicodeScalars.count)
        checkSegments(article)
        checkSentences(article)
        checkQuotes(article)
        checkActors(article)
        checkClaims(article)
    }

    @Test func corpusOfOddTextsIsWellFormed() {
        let corpus = CorpusBuilder.build(OddText.all.map { SourceText(doc: $0.name, path: $0.name, text: $0.text) })
        #expect(corpus.articles.map(\.doc) == OddText.all.map(\.name))
        let ids = corpus.actors.map(\.id)
        #expect(Set(ids).count == ids.count)
        for article in corpus.articles {
            checkQuotes(article)
            checkActors(article)
            checkClaims(article)
            #expect(article.actors.allSatisfy { ids.contains($0.id) }, "actor without a corpus entry in \(article.doc)")
        }
    }

    private func isInside(_ span: Span, _ article: Article) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= article.text.count
    }

    private func checkSegments(_ article: Article) {
        for segment in article.segments {
            #expect(isInside(segment.span, article) && !segment.span.isEmpty, "segment \(segment)")
        }
        for (earlier, later) in zip(article.segments, article.segments.dropFirst()) {
            #expect(earlier.span.end <= later.span.start, "segments overlap or are out of order")
        }
    }

    private func checkSentences(_ article: Article) {
        for sentence in article.sentences {
            #expect(article.segments.indices.contains(sentence.segment), "sentence of no segment")
            guard article.segments.indices.contains(sentence.segment) else { continue }
            #expect(article.segments[sentence.segment].span.contains(sentence.span), "sentence outside its segment")
        }
    }

    private func checkQuotes(_ article: Article) {
        let actorIDs = Set(article.actors.map(\.id))
        #expect(article.quotes.map(\.span) == article.quotes.map(\.span).sorted(), "quotes out of order")
        #expect(Set(article.quotes.map(\.id)).count == article.quotes.count, "duplicate quote ids")
        for quote in article.quotes {
            #expect(isInside(quote.span, article) && !quote.span.isEmpty, "quote span \(quote.span)")
            #expect(quote.speaker.map { isInside($0, article) } ?? true, "speaker span \(String(describing: quote.speaker))")
            #expect(quote.cue.map { isInside($0, article) } ?? true, "cue span \(String(describing: quote.cue))")
            #expect(quote.actor.map(actorIDs.contains) ?? true, "quote actor \(quote.actor ?? "") missing")
        }
    }

    private func checkActors(_ article: Article) {
        #expect(Set(article.actors.map(\.id)).count == article.actors.count, "duplicate actor ids")
        for actor in article.actors {
            #expect(actor.mentions.allSatisfy { isInside($0, article) }, "mention of \(actor.id) outside the text")
        }
    }

    private func checkClaims(_ article: Article) {
        let actorIDs = Set(article.actors.map(\.id))
        let quoteIDs = Set(article.quotes.map(\.id))
        for claim in article.claims {
            #expect(isInside(claim.span, article), "claim span \(claim.span)")
            #expect(actorIDs.contains(claim.actor), "claim actor \(claim.actor) missing")
            #expect(claim.quote.map(quoteIDs.contains) ?? true, "claim quote \(claim.quote ?? "") missing")
        }
    }
}
