/// A person's name as resolving reads it: the surname, the given name before it ("Fisherman Colm
/// Reddy" is Colm Reddy), and the skeletons they are matched by. An article names the same few
/// people again and again, so the table reads each name once.
struct PersonName {
    let surname: String
    let first: String?
    let surnameKey: String
    let firstKey: String?

    init(_ name: String) {
        // In ASCII every byte is a character: the name is split without finding grapheme breaks.
        let parts = name.isASCII ? name.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
            : name.split(separator: " ").map(String.init)
        surname = parts.last ?? name
        first = parts.count >= 2 ? parts[parts.count - 2] : nil
        surnameKey = NameKey.skeleton(surname)
        firstKey = first.map(NameKey.skeleton)
    }
}
