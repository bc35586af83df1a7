import CNcursesw
import ReaderModel

/// Curses colour pairs made on demand for the (foreground, background) combinations a theme uses.
struct ColorPairs {
    let depth: ColorDepth
    private var pairs: [PairKey: Int32] = [:]
    private let limit: Int32

    struct PairKey: Hashable {
        var foreground: Int?
        var background: Int?
    }

    init(depth: ColorDepth) {
        self.depth = depth
        limit = depth == .none ? 0 : parley_color_pairs()
    }

    /// The pair for a look, or 0 (terminal default) when out of pairs or without colour.
    mutating func pair(for look: Look) -> Int32 {
        let key = PairKey(foreground: look.foreground.resolved(for: depth), background: look.background.resolved(for: depth))
        if key.foreground == nil && key.background == nil { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard next < limit, next <= Int32(Int16.max) else { return 0 }
        let made = init_extended_pair(next, Int32(key.foreground ?? -1), Int32(key.background ?? -1))
        guard made != ERR else { return 0 }
        pairs[key] = next
        return next
    }
}

extension Attributes {
    /// Curses attribute bits; colourless terminals still get what they can show.
    var curses: attr_t {
        var bits = parley_a_normal()
        if contains(.bold) { bits |= parley_a_bold() }
        if contains(.dim) { bits |= parley_a_dim() }
        if contains(.underline) { bits |= parley_a_underline() }
        if contains(.reverse) { bits |= parley_a_reverse() }
        if contains(.italic) { bits |= parley_a_italic() }
        return bits
    }
}
