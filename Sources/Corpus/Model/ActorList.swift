/// An article's actors, stored compactly: as `Actor` values each would hold two arrays of its own, and
/// their headers would cost more than most actors' few mentions. Here the aliases and mentions of all
/// of an article's actors are kept in one array each.
public struct ActorList: RandomAccessCollection, Sendable {
    private struct Record {
        var id: String
        var name: String
        var role: String?
        /// Where this actor's aliases and mentions end in `aliases` and `mentions`; they start where the
        /// actor before's end.
        var aliasesEnd: Int32
        var mentionsEnd: Int32
        var kind: ActorKind
    }

    private let records: [Record]
    private let aliases: [String]
    private let mentions: [Span]

    public init(_ actors: [Actor]) {
        var aliases: [String] = []
        var mentions: [Span] = []
        aliases.reserveCapacity(actors.reduce(0) { $0 + $1.aliases.count })
        mentions.reserveCapacity(actors.reduce(0) { $0 + $1.mentions.count })
        records = actors.map { actor in
            aliases += actor.aliases
            mentions += actor.mentions
            return Record(id: actor.id, name: actor.name, role: actor.role, aliasesEnd: Int32(aliases.count),
                          mentionsEnd: Int32(mentions.count), kind: actor.kind)
        }.withoutSpareCapacity()
        self.aliases = aliases
        self.mentions = mentions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> Actor {
        let record = records[position]
        let previous = position > 0 ? records[position - 1] : nil
        return Actor(id: record.id, name: record.name, kind: record.kind, role: record.role,
                     aliases: Array(aliases[Int(previous?.aliasesEnd ?? 0)..<Int(record.aliasesEnd)]),
                     mentions: Array(mentions[Int(previous?.mentionsEnd ?? 0)..<Int(record.mentionsEnd)]))
    }
}
