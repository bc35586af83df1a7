@testable import Corpus
import Testing

@Suite struct SegmentationTests {
    @Test func firstLineIsTheTitle() {
        let article = extract(["", "  Harbour Council Votes on Bridge Toll  ", "The council voted on Tuesday to raise the toll."])
        #expect(article.title == "Harbour Council Votes on Bridge Toll")
        #expect(article.segments.first?.kind == .title)
        #expect(article.segments(of: .title).count == 1)
    }

    @Test(arguments: ["5 min read", "Share this article", "Read more", "Quillport Gazette logo", "Article image"])
    func pageFurnitureIsBoilerplate(line: String) {
        let article = story(line, "The council voted on Tuesday to raise the toll on the Wendle Bridge.")
        #expect(article.kind(of: line) == .boilerplate)
    }

    @Test func lineWithPhotoCreditIsACaption() {
        let caption = "A cyclist crosses the Wendle Bridge at dawn. (Tessa Marlowe / AFP via Getty Images)"
        let article = story("The council voted on Tuesday to raise the toll.", caption, "Drivers will pay more from May.")
        #expect(article.kind(of: caption) == .caption)
    }

    @Test func lineAfterArticleImageIsACaption() {
        let caption = "Ferry passengers wait at the Quillport pier on Monday."
        let article = story("Article image", caption, "The council voted on Tuesday to raise the toll.")
        #expect(article.kind(of: caption) == .caption)
        #expect(article.kind(of: "The council voted on Tuesday to raise the toll.") == .paragraph)
    }

    @Test func byLineNamesTheAuthor() {
        let article = story("By Tessa Marlowe", "The council voted on Tuesday to raise the toll.")
        #expect(article.kind(of: "By Tessa Marlowe") == .byline)
        #expect(article.byline == "By Tessa Marlowe")
    }

    @Test(arguments: ["March 4, 2025", "Feb. 11, 2026 10:42 AM", "Updated: 10:42 AM"])
    func lineHoldingOnlyADateIsADateline(line: String) {
        let article = story("By Tessa Marlowe", line, "The council voted on Tuesday to raise the toll.")
        #expect(article.kind(of: line) == .dateline)
        #expect(article.dateline == line)
    }

    @Test func shortLineWithoutFinalStopIsAHeading() {
        let article = story("The council voted on Tuesday to raise the toll.", "What happens next", "Drivers will pay more from May.")
        #expect(article.kind(of: "What happens next") == .heading)
        #expect(article.kind(of: "Drivers will pay more from May.") == .paragraph)
    }

    @Test(arguments: ["Author's note", "Author’s note", "About the author"])
    func authorsNoteAndWhatFollowsIsBoilerplate(marker: String) {
        let trailer = "Tessa Marlowe has covered the harbour for ten years and lives in Quillport."
        let article = story("The council voted on Tuesday to raise the toll.", marker, trailer)
        #expect(article.kind(of: marker) == .boilerplate)
        #expect(article.kind(of: trailer) == .boilerplate)
        #expect(article.kind(of: "The council voted on Tuesday to raise the toll.") == .paragraph)
    }

    @Test func paragraphsAreTrimmedLinesInTextOrder() {
        let article = story("  The council voted on Tuesday to raise the toll.\t", "", "Drivers will pay two crowns more from May, the council said.")
        let paragraphs = article.segments(of: .paragraph).map { article.text.string($0.span) }
        #expect(paragraphs == [
            "The council voted on Tuesday to raise the toll.",
            "Drivers will pay two crowns more from May, the council said.",
        ])
        #expect(article.segments.map(\.span) == article.segments.map(\.span).sorted())
    }

    @Test func captionsAndBoilerplateNeverYieldQuotes() {
        let article = story(
            "Article image",
            "\"The gates open at six,\" Edda Vorn said as crews worked at the pier on Monday.",
            "\"We are ready,\" Edda Vorn said at the pier. (Tessa Marlowe / AFP via Getty Images)",
            "The council voted on Tuesday to raise the toll.",
            "Author's note",
            "\"I love this harbour,\" Tessa Marlowe said in an interview last year."
        )
        // Title, marker, two captions, note and trailer: everything but the one plain paragraph.
        #expect(article.segments.filter { !$0.kind.carriesSpeech }.count == 6)
        #expect(article.quotes.isEmpty)
        #expect(article.actors.isEmpty)
    }
}
