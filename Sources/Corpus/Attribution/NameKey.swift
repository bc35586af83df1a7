import Foundation

/// Folds spellings of one name together: case, diacritics and the usual transliteration variants
/// (Sergei/Sergey, Dmitry/Dmitri, Zelensky/Zelenskyy).
enum NameKey {
    static func skeleton(_ name: String) -> String {
        if name.isASCII { return asciiSkeleton(name) }
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

    /// `skeleton` on bytes: in ASCII the letters are a-z once lowercased, each byte is a character.
    private static func asciiSkeleton(_ name: String) -> String {
        String(unsafeUninitializedCapacity: name.utf8.count) { letters in
            var count = 0
            for byte in name.utf8 {
                let letter = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                guard letter >= 0x61 && letter <= 0x7A else { continue }
                let last: UInt8? = count > 0 ? letters[count - 1] : nil
                switch (last, letter) {
                case (0x6B, 0x68): letters[count - 1] = 0x68; continue  // kh -> h
                case (0x63, 0x6B): letters[count - 1] = 0x6B; continue  // ck -> k
                case (0x70, 0x68): letters[count - 1] = 0x66; continue  // ph -> f
                default: break
                }
                let mapped: UInt8 = switch letter {
                case 0x79, 0x6A: 0x69  // y, j -> i
                case 0x77: 0x76  // w -> v
                default: letter
                }
                if mapped != last {
                    letters[count] = mapped
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether two first names can belong to one person: the same skeleton, or an initial of the other.
    static func compatibleFirstNames(_ a: String, _ b: String) -> Bool {
        compatibleFirstNames(a, key: skeleton(a), b, key: skeleton(b))
    }

    /// `compatibleFirstNames` for names whose skeletons `x` and `y` are known.
    static func compatibleFirstNames(_ a: String, key x: String, _ b: String, key y: String) -> Bool {
        if x == y { return true }
        let aIsInitial = a.count <= 2 && a.hasSuffix(".") || a.count == 1
        let bIsInitial = b.count <= 2 && b.hasSuffix(".") || b.count == 1
        return (aIsInitial || bIsInitial) && x.first == y.first
    }

    /// "Russian Foreign Minister Sergei Lavrov" -> "russian-foreign-minister-sergei-lavrov".
    static func slug(_ name: String) -> String {
        if name.isASCII { return asciiSlug(name) }
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

    /// `slug` on bytes: in ASCII the letters and numbers are a-z and 0-9 once lowercased. Written
    /// straight into the string, which is never longer than the name.
    private static func asciiSlug(_ name: String) -> String {
        var name = name
        let hyphen = UInt8(ascii: "-")
        let slug = name.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { slug in
                var count = 0
                for byte in bytes {
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                        slug[count] = lower
                        count += 1
                    } else if count > 0, slug[count - 1] != hyphen {
                        slug[count] = hyphen
                        count += 1
                    }
                }
                while count > 0, slug[count - 1] == hyphen { count -= 1 }
                return count
            }
        }
        return slug.isEmpty ? "actor" : slug
    }
}

extension String {
    /// Whether the string holds a space: by its contiguous bytes when it is ASCII, else by the general search.
    var containsSpace: Bool {
        var string = self
        let inASCII: Bool? = string.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.contains(0x20) : nil }
        return inASCII ?? contains(" ")
    }

    /// Lowercased, without diacritics, for matching only.
    var matchKey: String {
        if isASCII { return lowercased() }
        return folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }
}
