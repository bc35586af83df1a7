/// A vertical movement asked for by a key, independent of what moves.
enum Motion: Hashable {
    case by(Int)
    case top
    case bottom

    init?(_ command: Command, page: Int) {
        switch command {
        case .down: self = .by(1)
        case .up: self = .by(-1)
        case .pageDown: self = .by(page)
        case .pageUp: self = .by(-page)
        case .halfPageDown: self = .by(max(1, page / 2))
        case .halfPageUp: self = .by(-max(1, page / 2))
        case .top: self = .top
        case .bottom: self = .bottom
        default: return nil
        }
    }

    /// A position in 0..<count after the motion (0 when empty).
    func applied(to position: Int, count: Int) -> Int {
        let last = max(0, count - 1)
        switch self {
        case .by(let delta): return min(last, max(0, position + delta))
        case .top: return 0
        case .bottom: return last
        }
    }
}

/// Scroll offset that keeps `cursor` inside a window of `page` rows starting at `top`.
func scrolled(top: Int, cursor: Int, page: Int, count: Int) -> Int {
    let page = max(1, page)
    var top = min(top, cursor)
    if cursor >= top + page { top = cursor - page + 1 }
    return max(0, min(top, max(0, count - page)))
}
