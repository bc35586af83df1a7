import Corpus

/// Each speaker's colour: a stable index into the theme's palette, the same in every run.
public enum SpeakerPalette {
    public static let size = 8

    /// FNV-1a of the actor id: `hashValue` is seeded per process and would change colours.
    public static func index(of actor: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in actor.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int(hash % UInt32(size))
    }
}

extension Stance {
    /// One ASCII character, readable without colour.
    public var marker: String {
        switch self {
        case .supports: "+"
        case .opposes: "-"
        case .demands: "!"
        case .rejects: "x"
        case .predicts: ">"
        case .asserts: "="
        }
    }

    public var role: Role { .stance(Role.StanceRole(rawValue: rawValue) ?? .asserts) }
}

extension ActorKind {
    /// P, O, G or A in the sidebar.
    public var letter: String {
        switch self {
        case .person: "P"
        case .organisation: "O"
        case .group: "G"
        case .anonymous: "A"
        }
    }
}

extension SegmentKind {
    var style: Style {
        switch self {
        case .title: Style(.title, bold: true)
        case .byline, .dateline: Style(.byline)
        case .heading: Style(.heading, bold: true)
        case .paragraph: Style(.text)
        case .caption: Style(.caption)
        case .boilerplate: Style(.boilerplate)
        }
    }
}
