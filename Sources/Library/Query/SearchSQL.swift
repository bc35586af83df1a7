import Corpus
import GRDB

/// The two halves of a search, as SQL with their arguments: quotes (with the claim each carries), and
/// claims that do not come from a quote. Both select the same columns, so they unite.
struct SearchSQL {
    var sql: String
    var arguments: StatementArguments

    static func quotes(_ query: SearchQuery, pattern: FTS5Pattern?) -> SearchSQL {
        var filter = Filter()
        if let pattern { filter.add("quotes_fts MATCH ?", pattern) }
        if let speaker = query.speaker { filter.add("q.actor IN \(speakers)", speaker, likeSuffix(speaker), speaker, likeSuffix(speaker)) }
        if let kind = query.kind { filter.add("q.kind = ?", kind.rawValue) }
        // The claim shown with a quote is its first one that passes the topic and stance filters.
        var claim = Filter()
        claim.add("document = q.document AND quote = q.id")
        claim.add(topic: query.topic, stance: query.stance, column: "")
        if query.topic != nil || query.stance != nil { filter.add("c.row IS NOT NULL") }
        let sql = """
            SELECT 'quote' AS source, d.doc AS doc, d.path AS path, q.id AS id, q.start AS start, q."end" AS "end",
                   q.kind AS kind, q.actor AS actor, a.name AS speaker, c.topic AS topic, c.stance AS stance,
                   q.text AS text, \(pattern == nil ? "0.0" : "bm25(quotes_fts)") AS score
            FROM \(pattern == nil ? "quotes q" : "quotes_fts JOIN quotes q ON q.row = quotes_fts.rowid")
            JOIN documents d ON d.id = q.document
            LEFT JOIN actors a ON a.id = q.actor
            LEFT JOIN claims c ON c.row = (SELECT row FROM claims WHERE \(claim.conditions) ORDER BY row LIMIT 1)
            WHERE \(filter.conditions)
            """
        return SearchSQL(sql: sql, arguments: claim.arguments + filter.arguments)
    }

    static func claims(_ query: SearchQuery, pattern: FTS5Pattern?) -> SearchSQL {
        var filter = Filter()
        filter.add("c.quote IS NULL")
        if let pattern { filter.add("claims_fts MATCH ?", pattern) }
        if let speaker = query.speaker { filter.add("c.actor IN \(speakers)", speaker, likeSuffix(speaker), speaker, likeSuffix(speaker)) }
        filter.add(topic: query.topic, stance: query.stance, column: "c.")
        let sql = """
            SELECT 'claim' AS source, d.doc AS doc, d.path AS path, c.id AS id, c.start AS start, c."end" AS "end",
                   NULL AS kind, c.actor AS actor, a.name AS speaker, c.topic AS topic, c.stance AS stance,
                   coalesce(c.text, '') AS text, \(pattern == nil ? "0.0" : "bm25(claims_fts)") AS score
            FROM \(pattern == nil ? "claims c" : "claims_fts JOIN claims c ON c.row = claims_fts.rowid")
            JOIN documents d ON d.id = c.document
            LEFT JOIN actors a ON a.id = c.actor
            WHERE \(filter.conditions)
            """
        return SearchSQL(sql: sql, arguments: filter.arguments)
    }

    /// Actors whose name or an alias is the speaker asked for, or ends with it as a word.
    private static let speakers = #"""
        (SELECT id FROM actors WHERE name = ? OR name LIKE ? ESCAPE '\'
         UNION SELECT actor FROM aliases WHERE alias = ? OR alias LIKE ? ESCAPE '\')
        """#

    /// A LIKE pattern for names ending in the word `name`, with LIKE's wildcards taken literally.
    private static func likeSuffix(_ name: String) -> String {
        "% " + escapeLike(name)
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// Conditions joined with AND, and the arguments of their placeholders in order.
    private struct Filter {
        private var parts: [String] = []
        private(set) var arguments = StatementArguments()

        var conditions: String { parts.isEmpty ? "1" : parts.joined(separator: " AND ") }

        mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)...) {
            parts.append(condition)
            arguments += StatementArguments(values)
        }

        mutating func add(topic: String?, stance: Stance?, column prefix: String) {
            if let topic { add(#"\#(prefix)topic LIKE ? ESCAPE '\'"#, "%" + SearchSQL.escapeLike(topic) + "%") }
            if let stance { add("\(prefix)stance = ?", stance.rawValue) }
        }
    }
}
