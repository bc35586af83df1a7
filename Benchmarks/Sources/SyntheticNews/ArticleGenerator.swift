/// Builds one synthetic news article: title, byline, boilerplate, captions and paragraphs carrying direct,
/// partial and indirect quotes, pronoun speakers and cue-less continuation paragraphs.
public struct ArticleGenerator: Sendable {
    let phrasebook: Phrasebook

    public init(phrasebook: Phrasebook) {
        self.phrasebook = phrasebook
    }

    public func article(seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        let speakers = (0..<3).map { _ in Cast.person(&rng) }
        var blocks = [title(&rng), "By \(Cast.person(&rng).full)", "\(2 + rng.next() % 9) min read"]
        let paragraphs = 8 + Int(rng.next() % 16)
        for index in 0..<paragraphs {
            let speaker = speakers.pick(&rng)
            blocks.append(paragraph(kind: rng.next() % 11, speaker: speaker, first: index < 3, &rng))
        }
        blocks.append("Read more")
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func paragraph(kind: UInt64, speaker: Person, first: Bool, _ rng: inout SplitMix64) -> String {
        let named = first ? "\(speaker.title) \(speaker.full)" : speaker.last
        switch kind {
        case 0:
            return "“\(sentence(&rng)). \(sentence(&rng)),” \(named) said."
        case 1:
            return "\(named) told reporters: \"\(sentence(&rng)).\""
        case 2:
            return "\"\(sentence(&rng)),\" \(speaker.last) said. \"\(sentence(&rng)).\""
        case 3:
            return "\(named) called the proposal “\(phrasebook.fragments.pick(&rng))” and said \(clause(&rng))."
        case 4:
            return "\(named) said that \(clause(&rng)). \(sentence(&rng))."
        case 5:
            return "According to \(Cast.bodies.pick(&rng)), \(clause(&rng))."
        case 6:
            return "\(sentence(&rng)). “\(sentence(&rng)),” \(speaker.pronoun) said."
        case 7:
            return "«\(sentence(&rng)).»"
        case 8:
            let agency = Cast.agencies.pick(&rng)
            return "\(speaker.full) in \(Cast.cities.pick(&rng)) on \(month(&rng)). (\(speaker.last)/\(agency))"
        case 9:
            return "\(Cast.groups.pick(&rng)) warned that \(clause(&rng)), while \(Cast.anonymous.pick(&rng)) said \(clause(&rng))."
        default:
            return "\(sentence(&rng)). \(sentence(&rng)). \(sentence(&rng))."
        }
    }

    private func title(_ rng: inout SplitMix64) -> String {
        sentence(&rng).split(separator: " ").prefix(9).joined(separator: " ")
    }

    private func sentence(_ rng: inout SplitMix64) -> String { phrasebook.sentences.pick(&rng) }

    private func clause(_ rng: inout SplitMix64) -> String {
        let sentence = sentence(&rng)
        return sentence.prefix(1).lowercased() + sentence.dropFirst()
    }

    private func month(_ rng: inout SplitMix64) -> String {
        let months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
        return "\(months.pick(&rng)) \(1 + rng.next() % 28), \(2019 + rng.next() % 7)"
    }
}
