/// A person's name as resolving reads it: the surname, the given name before it ("Fisherman Colm
/// Reddy" is Colm Reddy), and the skeletons they are matched by. An article names the same few
/// people again and again, so the table reads each name once.
struct PersonName {
    let surname: String
    let first: String?
    let surnameKey: String
    let firstKey: String?

    init(_ name: String) {
        let parts = name.split(separator: " ").map(String.init)
        surname = parts.last ?? name
        first = parts.count >= 2 ? parts[parts.count - 2] : nil
        surnameKey = NameKey.skeleton(surname)
        firstKey = first.map(NameKey.skeleton)
    }
}
