import Corpus
@testable import Library

/// Two hand-made articles with known speakers, kinds, topics and stances, for the search tests.
enum Newsroom {
    static let moscow: Article = {
        var builder = ArticleBuilder(doc: "moscow", """
            Moscow rules out a truce
            Sergey Lavrov said: "We reject any ceasefire that freezes the front line." Lavrov added that talks could resume in Istanbul next month.
            """)
        builder.actor("sergey-lavrov", "Sergey Lavrov", role: "Foreign Minister", aliases: ["Lavrov", "the minister"])
        builder.quote("We reject any ceasefire that freezes the front line.", by: "sergey-lavrov", topic: "ceasefire", stance: .rejects)
        builder.quote("that talks could resume in Istanbul next month", by: "sergey-lavrov", kind: .indirect, topic: "peace talks", stance: .predicts)
        return builder.article
    }()

    static let kyiv: Article = {
        var builder = ArticleBuilder(doc: "kyiv", """
            Kyiv wants guarantees
            "A ceasefire without guarantees is an invitation to the next war," Volodymyr Zelensky said. He asked for "security guarantees" first. NATO will send more air defense systems, officials said.
            """)
        builder.actor("volodymyr-zelensky", "Volodymyr Zelensky", aliases: ["Zelensky"])
        builder.actor("nato", "NATO", kind: .organisation)
        builder.quote("A ceasefire without guarantees is an invitation to the next war,", by: "volodymyr-zelensky", topic: "ceasefire", stance: .opposes)
        builder.quote("security guarantees", by: "volodymyr-zelensky", kind: .partial, topic: "security guarantees", stance: .demands)
        builder.claim("NATO will send more air defense systems", by: "nato", topic: "military aid", stance: .supports)
        return builder.article
    }()

    static func open(_ scratch: Scratch) throws -> LibraryStore {
        let store = try scratch.open()
        try store.add(moscow)
        try store.add(kyiv)
        return store
    }
}
