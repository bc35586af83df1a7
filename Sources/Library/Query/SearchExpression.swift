import Corpus
import GRDB

/// A search as one full-text expression: the words asked for in the `text` column, and each filter as
/// tags in the `tags` column (see SearchTags). Nil filters match everything.
struct SearchExpression {
    /// Tag alternatives that must all hold, one list per filter.
    private var required: [[String]] = []
    private var words: FTS5Pattern?
    /// A filter that no tag can satisfy: nothing matches.
    private(set) var impossible = false

    init(_ query: SearchQuery, in db: Database) throws {
        words = Self.pattern(query.text)
        if let speaker = query.speaker { require(try Self.speakers(speaker, in: db).map(SearchTags.actor)) }
        if let kind = query.kind { require([SearchTags.kind(kind)]) }
        let topics = try query.topic.map { try Self.topics(containing: $0, in: db) }
        switch (topics, query.stance) {
        case (let topics?, let stance?): require(topics.map { SearchTags.claim(topic: $0, stance: stance) })
        case (let topics?, nil): require(topics.map(SearchTags.topic))
        case (nil, let stance?): require([SearchTags.stance(stance)])
        case (nil, nil): break
        }
    }

    /// Whether there are words to rank by; without them hits come in the order they were indexed.
    var ranked: Bool { words != nil }

    /// The MATCH argument; nil when neither words nor filters narrow the search.
    var match: String? {
        let parts = (words.map { ["text:(\($0.rawPattern))"] } ?? []) + required.map { "tags:(\($0.joined(separator: " OR ")))" }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    private mutating func require(_ alternatives: [String]) {
        if alternatives.isEmpty { impossible = true }
        required.append(alternatives)
    }

    /// The query as FTS5 syntax, or its words when it is not valid syntax (column filters included, so
    /// that only the text is searched); nil when it has no words.
    static func pattern(_ text: String) -> FTS5Pattern? {
        (try? FTS5Pattern(rawPattern: text)) ?? FTS5Pattern(matchingAllTokensIn: text)
    }

    /// Keys of the actors whose name or an alias is `name`, or ends with it as a word; any case.
    private static func speakers(_ name: String, in db: Database) throws -> [Int64] {
        let suffix = "% " + escapeLike(name)
        return try Int64.fetchAll(db, sql: #"""
            SELECT key FROM actors WHERE name = ? OR name LIKE ? ESCAPE '\'
            UNION SELECT a.key FROM aliases JOIN actors a ON a.id = aliases.actor WHERE alias = ? OR alias LIKE ? ESCAPE '\'
            """#, arguments: [name, suffix, name, suffix])
    }

    /// Ids of the topic keys that contain `part`; any case.
    private static func topics(containing part: String, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: #"SELECT id FROM topics WHERE key LIKE ? ESCAPE '\'"#, arguments: ["%" + escapeLike(part) + "%"])
    }

    /// `text` in a LIKE pattern, its wildcards taken literally.
    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
