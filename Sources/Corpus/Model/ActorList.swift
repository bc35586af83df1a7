/// An article's actors, stored compactly: as `Actor` values each would hold two arrays of its own, and
/// their headers would cost more than most actors' few mentions. Here the roles, aliases and mentions
/// of all of an article's actors are kept in two arrays.
public struct ActorList: RandomAccessCollection, Sendable {
    private struct Record {
        var id: String
        var name: String
        /// Where this actor's strings and mentions end in `strings` and `mentions`; they start where the
        /// actor before's end.
        var stringsEnd: Int32
        var mentionsEnd: Int32
        var kind: ActorKind
        /// Whether its strings start with a role: most actors have none, and an optional string field
        /// would cost every actor sixteen bytes.
        var hasRole: Bool
    }

    private let records: [Record]
    /// Each actor's role, when it has one, then its aliases.
    private let strings: [String]
    private let mentions: [Span]

    public init(_ actors: [Actor]) {
        var strings: [String] = []
        var mentions: [Span] = []
        strings.reserveCapacity(actors.reduce(0) { $0 + ($1.role == nil ? 0 : 1) + $1.aliases.count })
        mentions.reserveCapacity(actors.reduce(0) { $0 + $1.mentions.count })
        records = actors.map { actor in
            if let role = actor.role { strings.append(role) }
            strings += actor.aliases
            mentions += actor.mentions
            return Record(id: actor.id, name: actor.name, stringsEnd: Int32(strings.count),
                          mentionsEnd: Int32(mentions.count), kind: actor.kind, hasRole: actor.role != nil)
        }.withoutSpareCapacity()
        self.strings = strings
        self.mentions = mentions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> Actor {
        let record = records[position]
        let previous = position > 0 ? records[position - 1] : nil
        let stringsStart = Int(previous?.stringsEnd ?? 0)
        let aliasesStart = stringsStart + (record.hasRole ? 1 : 0)
        return Actor(id: record.id, name: record.name, kind: record.kind, role: record.hasRole ? strings[stringsStart] : nil,
                     aliases: Array(strings[aliasesStart..<Int(record.stringsEnd)]),
                     mentions: Array(mentions[Int(previous?.mentionsEnd ?? 0)..<Int(record.mentionsEnd)]))
    }
}
