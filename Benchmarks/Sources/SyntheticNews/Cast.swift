/// The people and bodies a synthetic article quotes, drawn from varied name pools.
struct Person {
    let first: String
    let last: String
    let title: String
    let pronoun: String

    var full: String { "\(first) \(last)" }
}

enum Cast {
    static let firstNames = [
        ("Olena", "she"), ("Marco", "he"), ("Aiko", "she"), ("Tomasz", "he"), ("Fatima", "she"), ("Kwame", "he"),
        ("Ingrid", "she"), ("Rafael", "he"), ("Mei", "she"), ("Dmitri", "he"), ("Amara", "she"), ("Henrik", "he"),
        ("Lucía", "she"), ("Yusuf", "he"), ("Priya", "she"), ("Jonas", "he"), ("Zofia", "she"), ("Arjun", "he"),
    ]
    static let lastNames = [
        "Kovalenko", "Bianchi", "Tanaka", "Nowak", "Haddad", "Mensah", "Larsen", "Oliveira", "Chen", "Volkov",
        "Okafor", "Lindqvist", "Ferrer", "Demir", "Raman", "Schäfer", "Wiśniewska", "Mehta", "Dubois", "Novak",
    ]
    static let titles = [
        "Foreign Minister", "Defence Secretary", "Prime Minister", "Senator", "Ambassador", "Governor",
        "spokesperson", "Economy Minister", "President", "Special Envoy",
    ]
    static let bodies = [
        "the Kremlin", "the White House", "the Foreign Ministry", "the European Commission", "NATO",
        "the Defence Ministry", "the United Nations", "the central bank",
    ]
    static let groups = ["Analysts", "Observers", "Economists", "Diplomats", "Critics"]
    static let anonymous = [
        "one senior official", "a source familiar with the talks", "a diplomat who asked not to be named",
        "an official briefed on the matter",
    ]
    static let cities = ["Geneva", "Warsaw", "Vienna", "Ankara", "Nairobi", "Lisbon", "Seoul", "Brasília"]
    static let agencies = ["AFP via Getty Images", "Reuters", "AP Photo", "EPA"]

    static func person(_ rng: inout SplitMix64) -> Person {
        let (first, pronoun) = firstNames.pick(&rng)
        return Person(first: first, last: lastNames.pick(&rng), title: titles.pick(&rng), pronoun: pronoun)
    }
}
