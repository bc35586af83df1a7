/// A person's name as resolving reads it: the surname, the given name before it ("Fisherman Colm
/// Reddy" is Colm Reddy), and the skeletons they are matched by. An article names the same few
/// people again and again, so the table reads each name once.
struct PersonName {
    let surname: String
    let first: String?
    let surnameKey: String
    let firstKey: String?

    init(_ name: String) {
        let words = name.lastTwoWords
        surname = words.last.map(String.init) ?? name
        first = words.previous.map(String.init)
        surnameKey = NameKey.skeleton(surname)
        firstKey = first.map(NameKey.skeleton)
    }
}
