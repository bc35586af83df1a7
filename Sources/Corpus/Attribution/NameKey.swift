import Foundation

/// Folds spellings of one name together: case, diacritics and the usual transliteration variants
/// (Sergei/Sergey, Dmitry/Dmitri, Zelensky/Zelenskyy).
enum NameKey {
    static func skeleton(_ name: String) -> String {
        var letters: [Character] = []
        for character in name.matchKey where character.isLetter {
            // Pairs first: "kh" -> h, "ck" -> k, "ph" -> f; then single letters.
            switch (letters.last, character) {
            case ("k", "h"): letters[letters.count - 1] = "h"; continue
            case ("c", "k"): letters[letters.count - 1] = "k"; continue
            case ("p", "h"): letters[letters.count - 1] = "f"; continue
            default: break
            }
            let mapped: Character = switch character {
            case "y", "j": "i"
            case "w": "v"
            default: character
            }
            if mapped != letters.last { letters.append(mapped) }
        }
        return String(letters)
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
    var matchKey: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
