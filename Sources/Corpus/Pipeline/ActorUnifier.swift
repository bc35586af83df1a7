/// Gives one id to one speaker across the corpus: people by surname and a compatible first name
/// (a bare surname joins the most-quoted person of that surname), others by their folded name.
enum ActorUnifier {
    private struct Cluster {
        var id = ""
        var names: [String: Int] = [:]
        var firstName: String?
        var kind: ActorKind
        var role: String?
        var aliases: [String] = []
        var docs: [String] = []
        var quotes = 0
        var order: Int
    }

    /// Takes the articles over, so that each is rewritten in place and its old parts freed at once:
    /// the corpus is never held twice.
    static func unify(_ articles: consuming [Article]) -> ParsedCorpus {
        var articles = articles
        var clusters: [Cluster] = []
        var byKey: [String: [Int]] = [:]
        // The cluster of every actor of the corpus, article after article, flat: one array per article
        // would cost more in headers than in cluster numbers.
        var firstActor: [Int] = []
        firstActor.reserveCapacity(articles.count + 1)
        firstActor.append(0)
        for article in articles { firstActor.append(firstActor[firstActor.count - 1] + article.actors.count) }
        var assignment = [Int32](repeating: -1, count: firstActor[articles.count])
        // Full names first, so that bare surnames find the people they belong to.
        for pass in 0..<2 {
            for (articleIndex, article) in articles.enumerated() {
                for (actorIndex, actor) in article.actors.enumerated() where isBareSurname(actor) == (pass == 1) {
                    let quotes = article.quotes.reduce(0) { $0 + ($1.actor == actor.id ? 1 : 0) }
                    let cluster = clusterIndex(for: actor, clusters: &clusters, byKey: &byKey)
                    assignment[firstActor[articleIndex] + actorIndex] = Int32(cluster)
                    clusters[cluster].names[actor.name, default: 0] += 1
                    clusters[cluster].quotes += quotes
                    if clusters[cluster].docs.last != article.doc { clusters[cluster].docs.append(article.doc) }
                    if clusters[cluster].role == nil { clusters[cluster].role = actor.role }
                    for alias in [actor.name] + actor.aliases where !clusters[cluster].aliases.contains(alias) {
                        clusters[cluster].aliases.append(alias)
                    }
                }
            }
        }
        assignIDs(&clusters)
        for index in articles.indices {
            // Two actors of one article that turn out to be one person become one.
            var renaming = ActorRenaming(ids: [:], names: [:])
            for (actor, number) in zip(articles[index].actors, assignment[firstActor[index]..<firstActor[index + 1]]) {
                let cluster = clusters[Int(number)]
                renaming.ids[actor.id] = cluster.id
                renaming.names[cluster.id] = canonicalName(cluster)
            }
            renaming.apply(to: &articles[index])
        }
        let actors = clusters.sorted { $0.order < $1.order }.map { cluster in
            let name = canonicalName(cluster)
            return CorpusActor(id: cluster.id, name: name, kind: cluster.kind, role: cluster.role,
                               aliases: cluster.aliases.filter { $0 != name }, docs: cluster.docs, quoteCount: cluster.quotes)
        }
        return ParsedCorpus(articles: articles, actors: actors)
    }

    private static func isBareSurname(_ actor: Actor) -> Bool {
        actor.kind == .person && !actor.name.containsSpace
    }

    private static func clusterIndex(for actor: Actor, clusters: inout [Cluster], byKey: inout [String: [Int]]) -> Int {
        let parts = actor.name.split(separator: " ")
        let key = actor.kind == .person ? "person:" + NameKey.skeleton(String(parts.last ?? "")) : "\(actor.kind.rawValue):" + actor.name.matchKey
        let candidates = byKey[key] ?? []
        if actor.kind == .person {
            let first = parts.count >= 2 ? String(parts[0]) : nil
            if let first, let match = candidates.first(where: { clusters[$0].firstName.map { NameKey.compatibleFirstNames($0, first) } ?? true }) {
                if clusters[match].firstName == nil { clusters[match].firstName = first }
                return match
            }
            if first == nil, let busiest = candidates.max(by: { clusters[$0].quotes < clusters[$1].quotes }) { return busiest }
            clusters.append(Cluster(firstName: first, kind: .person, order: clusters.count))
        } else {
            if let match = candidates.first { return match }
            clusters.append(Cluster(kind: actor.kind, order: clusters.count))
        }
        byKey[key, default: []].append(clusters.count - 1)
        return clusters.count - 1
    }

    /// The name most often used, preferring full names.
    private static func canonicalName(_ cluster: Cluster) -> String {
        cluster.names.max { a, b in
            let aFull = a.key.containsSpace, bFull = b.key.containsSpace
            if aFull != bFull { return bFull }
            if a.value != b.value { return a.value < b.value }
            return a.key > b.key
        }?.key ?? "unknown"
    }

    private static func assignIDs(_ clusters: inout [Cluster]) {
        var used = Set<String>()
        for index in clusters.indices {
            let base = NameKey.slug(canonicalName(clusters[index]))
            var id = base
            var suffix = 2
            while used.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(id)
            clusters[index].id = id
        }
    }
}
