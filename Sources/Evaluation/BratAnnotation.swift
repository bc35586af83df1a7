import Corpus

/// One gold attribution: an `E` event of a brat `.ann` file that has a Content role.
public struct GoldAttribution: Sendable {
    public let eid: String
    /// From the earliest content fragment start to the latest content fragment end.
    public let content: Span
    public let pieces: [Span]
    /// Source fragments in order; empty for an attribution without a source.
    public let source: [Span]
    /// The source fragments' text joined by spaces.
    public let sourceText: String
    /// The content contains a quotation mark.
    public let direct: Bool
    /// Direct, and the content (after leading whitespace) opens with a quotation mark.
    public let opensQuote: Bool

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}"]
}

/// Reads brat standoff: `T` lines are labelled spans, `E` lines tie roles (Source, Cue, Content) to them.
enum BratAnnotation {
    typealias TextBound = (label: String, fragments: [Span])

    static func parse(_ annotation: [Unicode.Scalar], text: ArticleText) -> [GoldAttribution] {
        var textBounds: [String: TextBound] = [:]
        var events: [(eid: String, roles: [(role: String, target: String)])] = []
        for line in annotation.split(separator: "\n", omittingEmptySubsequences: false) {
            if let (id, bound) = textBound(line) {
                textBounds[id] = bound
            } else if let event = event(line) {
                events.append(event)
            }
            // Anything else (notes, relations, continuation lines) is ignored.
        }
        let gold = events.enumerated().compactMap { order, event in
            attribution(event.eid, roles: event.roles, textBounds: textBounds, text: text).map { ($0, order) }
        }
        return gold.sorted { ($0.0.content, $0.1) < ($1.0.content, $1.1) }.map(\.0)
    }

    private static func attribution(_ eid: String, roles: [(role: String, target: String)],
                                    textBounds: [String: TextBound], text: ArticleText) -> GoldAttribution? {
        var content: [Span] = []
        var source: [Span] = []
        for (role, target) in roles {
            guard let bound = textBounds[target] else { continue }
            if role.hasPrefix("Content") {
                content += bound.fragments
            } else if role.hasPrefix("Source") {
                source += bound.fragments
            }
        }
        guard let start = content.map(\.start).min(), let end = content.map(\.end).max() else { return nil }
        let span = Span(start, end)
        let sortedSource = source.sorted()
        let contentScalars = text.scalars[clamped: span]
        let direct = contentScalars.contains(where: GoldAttribution.quoteMarks.contains)
        let opens = direct && PythonString.lstrip(contentScalars).first.map(GoldAttribution.quoteMarks.contains) == true
        return GoldAttribution(eid: eid, content: span, pieces: content.sorted(), source: sortedSource,
                               sourceText: sortedSource.map(text.string).joined(separator: " "),
                               direct: direct, opensQuote: opens)
    }

    /// `^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t`
    private static func textBound(_ line: ArraySlice<Unicode.Scalar>) -> (String, TextBound)? {
        var cursor = LineCursor(line)
        guard let id = cursor.identifier("T"), cursor.take("\t") else { return nil }
        let label = cursor.run { !PythonCharacters.isSpace($0) }
        guard !label.isEmpty, cursor.take(" ") else { return nil }
        var fragments: [Span] = []
        repeat {
            guard let start = cursor.number(), cursor.take(" "), let end = cursor.number() else { return nil }
            fragments.append(Span(start, end))
        } while cursor.take(";")
        guard cursor.take("\t") else { return nil }
        return (id, (PythonString.string(label), fragments))
    }

    /// `^(E\d+)\t(\S+)`; the roles are the whitespace-separated `Role:T..` words after the trigger.
    private static func event(_ line: ArraySlice<Unicode.Scalar>) -> (eid: String, roles: [(role: String, target: String)])? {
        var cursor = LineCursor(line)
        guard let id = cursor.identifier("E"), cursor.take("\t"),
              let next = cursor.rest.first, !PythonCharacters.isSpace(next) else { return nil }
        let words = PythonString.split(cursor.rest).dropFirst()
        let roles = words.compactMap { word -> (role: String, target: String)? in
            guard let colon = word.firstIndex(of: ":") else { return nil }
            return (PythonString.string(word[..<colon]), PythonString.string(word[(colon + 1)...]))
        }
        return (id, roles)
    }
}

/// Reads a line left to right, as the anchored regexes of the reference scorer do.
private struct LineCursor {
    private(set) var rest: ArraySlice<Unicode.Scalar>

    init(_ line: ArraySlice<Unicode.Scalar>) { rest = line }

    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard rest.first == scalar else { return false }
        rest = rest.dropFirst()
        return true
    }

    mutating func run(while predicate: (Unicode.Scalar) -> Bool) -> ArraySlice<Unicode.Scalar> {
        let taken = rest.prefix(while: predicate)
        rest = rest.dropFirst(taken.count)
        return taken
    }

    /// A letter followed by `\d+`, kept as written ("T01" and "T1" are different ids).
    mutating func identifier(_ letter: Unicode.Scalar) -> String? {
        guard take(letter) else { return nil }
        let digits = run(while: PythonCharacters.isDecimal)
        return digits.isEmpty ? nil : String(letter) + PythonString.string(digits)
    }

    /// `\d+` read as `int()` does, digits of any script.
    mutating func number() -> Int? {
        let digits = run(while: PythonCharacters.isDecimal)
        return digits.isEmpty ? nil : PythonString.decimalValue(digits)
    }
}
