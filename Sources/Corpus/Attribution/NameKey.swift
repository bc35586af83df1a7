import Foundation

/// Folds spellings of one name together: case, diacritics and the usual transliteration variants
/// (Sergei/Sergey, Dmitry/Dmitri, Zelensky/Zelenskyy).
enum NameKey {
    static func skeleton(_ name: String) -> String {
        var folded = name.matchKey
        for (from, to) in [("ey", "ei"), ("iy", "i"), ("y", "i"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "i")] {
            folded = folded.replacingOccurrences(of: from, with: to)
        }
        var result = ""
        for character in folded where character.isLetter && character != result.last { result.append(character) }
        return result
    }

    /// Whether two first names can belong to one person: the same skeleton, or an initial of the other.
    static func compatibleFirstNames(_ a: String, _ b: String) -> Bool {
        let x = skeleton(a), y = skeleton(b)
        if x == y { return true }
        let aIsInitial = a.count <= 2 && a.hasSuffix(".") || a.count == 1
        let bIsInitial = b.count <= 2 && b.hasSuffix(".") || b.count == 1
        return (aIsInitial || bIsInitial) && x.first == y.first
    }

    /// "Russian Foreign Minister Sergei Lavrov" -> "russian-foreign-minister-sergei-lavrov".
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.matchKey {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? "actor" : result
    }
}

extension String {
    /// Lowercased, without diacritics, for matching only.
    var matchKey: String { folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() }
}
