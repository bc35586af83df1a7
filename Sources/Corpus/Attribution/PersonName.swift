/// A person's name as resolving reads it: the skeleton of the surname, the given name before it
/// ("Fisherman Colm Reddy" is Colm Reddy) and its skeleton. An article names the same few people
/// again and again, so the table reads each name once.
struct PersonName {
    let surnameKey: String
    let first: String?
    let firstKey: String?

    init(_ name: String) {
        let words = name.lastTwoWords
        surnameKey = NameKey.skeleton(words.last.map(String.init) ?? name)
        first = words.previous.map(String.init)
        firstKey = first.map(NameKey.skeleton)
    }
}
