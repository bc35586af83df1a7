import Corpus
import Foundation
@testable import Library
import Testing

/// What the reader asks of a library: an article's text, its actors under the library's ids, every claim
/// of an actor with its place and evidence, and counts per document.
struct ReaderQueryTests {
    /// Two stories indexed together: the second names the minister by surname only.
    static func indexed(_ scratch: Scratch) throws -> (store: LibraryStore, full: String, bare: String) {
        let full = try scratch.write("news/a.txt", Wire.story(1))
        let bare = try scratch.write("news/b.txt", """
            Keller speaks again

            "We will not give up on sanctions," Keller said on Tuesday. She added that talks would go on.

            """)
        let store = try scratch.open()
        _ = try Indexer(store: store).index(paths: [scratch.path + "/news"])
        return (store, Indexer.absolute(full), Indexer.absolute(bare))
    }

    @Test func anArticleExtractedAloneGetsTheLibrarysActorIDs() throws {
        let scratch = try Scratch()
        let (store, _, bare) = try Self.indexed(scratch)
        let text = try #require(try store.text(path: bare))
        let alone = Extractor.extract(SourceText(doc: "b", path: bare, text: text))
        let libraryIDs = Set(try store.actors().map(\.id))
        let renamed = try store.withLibraryIDs(alone, path: bare)
        #expect(!renamed.actors.isEmpty)
        #expect(Set(renamed.actors.map(\.id)).isSubset(of: libraryIDs))
        #expect(renamed.actors.map(\.id).contains("maria-keller"))
        #expect(renamed.quotes.compactMap(\.actor).allSatisfy(libraryIDs.contains))
        #expect(renamed.claims.map(\.actor).allSatisfy(libraryIDs.contains))
        // Spans and texts are untouched.
        #expect(renamed.quotes.map(\.span) == alone.quotes.map(\.span))
        #expect(renamed.text == alone.text)
    }

    @Test func claimsByAnActorNameTheirDocumentPlaceAndEvidence() throws {
        let scratch = try Scratch()
        let (store, full, bare) = try Self.indexed(scratch)
        let claims = try store.claims(by: "maria-keller")
        let paths = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.row, $0.path) })
        #expect(Set(claims.compactMap { paths[$0.document] }) == [full, bare])
        for stored in claims {
            let path = try #require(paths[stored.document])
            let text = try #require(try store.text(path: path))
            let article = try store.withLibraryIDs(Extractor.extract(SourceText(doc: "d", path: path, text: text)), path: path)
            // The place is the claim's index among its article's claims, as extracted again on open.
            #expect(article.claims[stored.position] == stored.claim)
            #expect(article.text.string(stored.claim.span) == (try store.evidence(ofClaim: stored.row)))
        }
        #expect(try store.claims(by: "nobody").isEmpty)
    }

    @Test func countsPerDocumentMatchTheExtractedArticles() throws {
        let scratch = try Scratch()
        let store = try Newsroom.open(scratch)
        let counts = try store.documentCounts()
        for article in [Newsroom.moscow, Newsroom.kyiv] {
            let count = try #require(counts["/articles/\(article.doc).txt"])
            #expect(count.quotes == article.quotes.count)
            #expect(count.actors == article.actors.count)
        }
    }

    @Test func aDocumentNotInTheLibraryHasNoText() throws {
        let scratch = try Scratch()
        let store = try Newsroom.open(scratch)
        #expect(try store.text(path: "/articles/elsewhere.txt") == nil)
        #expect(try store.text(path: "/articles/moscow.txt")?.hasPrefix("Moscow rules out a truce") == true)
    }
}
