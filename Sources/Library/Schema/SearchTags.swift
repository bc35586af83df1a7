import Corpus

/// The words in the `tags` column of quotes_fts and claims_fts. Each is one token of letters and digits,
/// so the tokenizer keeps it whole, and the `tags:` column filter keeps it apart from the text's words.
enum SearchTags {
    static func actor(_ key: Int64) -> String { "a\(key)" }
    static func kind(_ kind: QuoteKind) -> String { "k\(kind.rawValue)" }
    static func topic(_ id: Int64) -> String { "t\(id)" }
    static func stance(_ stance: Stance) -> String { "s\(stance.rawValue)" }
    /// One claim's topic and stance together, so that both filters must hold for the same claim.
    static func claim(topic id: Int64, stance: Stance) -> String { topic(id) + Self.stance(stance) }

    /// The tags column of a quote (with its kind) or of a claim (without).
    static func column(actor: Int64?, kind: QuoteKind?, claims: [(topic: Int64, stance: Stance)]) -> String {
        var tags = (actor.map { [Self.actor($0)] } ?? []) + (kind.map { [Self.kind($0)] } ?? [])
        for claim in claims {
            tags += [topic(claim.topic), stance(claim.stance), Self.claim(topic: claim.topic, stance: claim.stance)]
        }
        return tags.joined(separator: " ")
    }
}
