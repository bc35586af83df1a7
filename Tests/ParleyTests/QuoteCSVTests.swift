import Corpus
import Foundation
@testable import parley
import Testing

/// A hand-made article with two quotes, one of them with a comma, quotes and a line break in its text.
private let article: Article = {
    let text = ArticleText("Talks\n\"Yes, we \"will\",\nagain,\" said Ann Lee. Lee said so.")
    let quotes = [
        Quote(id: "q1", span: Span(6, 30), kind: .direct, speaker: Span(36, 43), cue: Span(31, 35), actor: "ann-lee"),
        Quote(id: "q2", span: Span(45, 57), kind: .indirect),
    ]
    return Article(doc: "talks", path: "talks.txt", text: text, title: "Talks", segments: [], sentences: [],
                   actors: [Actor(id: "ann-lee", name: "Ann Lee", kind: .person)], quotes: quotes, claims: [])
}()

@Test func csvQuotesFieldsAsRFC4180Asks() {
    #expect(QuoteCSV.field("plain") == "plain")
    #expect(QuoteCSV.field("a,b") == "\"a,b\"")
    #expect(QuoteCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(QuoteCSV.field("two\nlines") == "\"two\nlines\"")
    #expect(QuoteCSV.field("") == "")
    // A quotation mark with a combining mark on it is one Character, yet still a mark to double.
    #expect(QuoteCSV.field("\"\u{301}é, “x”") == "\"\"\"\u{301}é, “x”\"")
    #expect(QuoteCSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
}

@Test func csvHasOneRecordPerQuoteWithSpeakerActorEntityAndCue() {
    let csv = OutputFormat.csv.render([article])
    #expect(csv == "doc,quote_id,kind,start,end,speaker,actor,entity,cue,text\r\n"
        + "talks,q1,direct,6,30,Ann Lee,ann-lee,Ann Lee,said,\"\"\"Yes, we \"\"will\"\",\nagain,\"\"\"\r\n"
        + "talks,q2,indirect,45,57,,,,,Lee said so.\r\n")
    #expect(CSVReader.records(csv).map { $0.last } == ["text", "\"Yes, we \"will\",\nagain,\"", "Lee said so."])
}

@Test func jsonAndJsonlCarryTheSameArticles() throws {
    let jsonl = OutputFormat.jsonl.render([article, article])
    let json = OutputFormat.json.render([article, article])
    let lines = try jsonl.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
    let array = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [NSDictionary]
    #expect(lines.count == 2)
    #expect(array == lines.compactMap { $0 })
}
