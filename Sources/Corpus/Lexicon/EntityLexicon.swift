/// Names of places and institutions that speak: governments by their country or capital, news
/// organisations, agencies.
enum EntityLexicon {
    /// A capital speaks for its country's government ("Moscow demands" is Russia), so the two merge.
    static let capitals: [String: String] = [
        "moscow": "Russia", "washington": "United States", "kyiv": "Ukraine", "kiev": "Ukraine",
        "beijing": "China", "london": "United Kingdom", "paris": "France", "berlin": "Germany",
        "tehran": "Iran", "pyongyang": "North Korea", "ankara": "Turkey", "tokyo": "Japan", "seoul": "South Korea",
        "warsaw": "Poland", "minsk": "Belarus", "new delhi": "India", "brussels": "European Union",
        "damascus": "Syria", "baghdad": "Iraq", "riyadh": "Saudi Arabia", "cairo": "Egypt", "ottawa": "Canada",
        "canberra": "Australia", "havana": "Cuba", "caracas": "Venezuela", "budapest": "Hungary",
        "tbilisi": "Georgia", "chisinau": "Moldova", "vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia",
        "helsinki": "Finland", "stockholm": "Sweden", "oslo": "Norway", "rome": "Italy", "madrid": "Spain",
        "taipei": "Taiwan", "islamabad": "Pakistan", "kabul": "Afghanistan", "doha": "Qatar",
    ]

    /// The first words of the names in `countries` and `capitals`, up to the first space.
    static let placeStarts = Set((Array(countries.keys) + Array(capitals.keys)).map { name in
        String(decoding: name.utf8.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
    })

    /// The capitals of each country of `capitals`, so that naming a country's words costs no pass over them all.
    static let capitalsByCountry: [String: [String]] = Dictionary(grouping: capitals.keys) { capitals[$0]! }

    /// Countries and their common short forms, to one canonical name.
    static let countries: [String: String] = [
        "russia": "Russia", "ukraine": "Ukraine", "united states": "United States", "u.s.": "United States",
        "us": "United States", "america": "United States", "usa": "United States", "u.s.a.": "United States",
        "china": "China", "united kingdom": "United Kingdom", "britain": "United Kingdom", "uk": "United Kingdom",
        "u.k.": "United Kingdom", "france": "France", "germany": "Germany", "iran": "Iran",
        "north korea": "North Korea", "turkey": "Turkey", "japan": "Japan", "south korea": "South Korea",
        "poland": "Poland", "belarus": "Belarus", "india": "India", "european union": "European Union",
        "eu": "European Union", "syria": "Syria", "iraq": "Iraq", "saudi arabia": "Saudi Arabia", "egypt": "Egypt",
        "canada": "Canada", "australia": "Australia", "cuba": "Cuba", "venezuela": "Venezuela",
        "hungary": "Hungary", "georgia": "Georgia", "moldova": "Moldova", "israel": "Israel", "mexico": "Mexico",
        "italy": "Italy", "spain": "Spain", "taiwan": "Taiwan", "pakistan": "Pakistan", "qatar": "Qatar",
        "nato": "NATO", "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    ]

    /// Words that make a capitalised name an organisation.
    static let organisationWords: Set<String> = [
        "ministry", "department", "kremlin", "house", "committee", "council", "party", "institute", "university",
        "times", "post", "journal", "news", "agency", "office", "commission", "campaign", "court", "congress",
        "senate", "pentagon", "union", "association", "bank", "fund", "foundation", "center", "centre", "group",
        "inc", "inc.", "corp", "corp.", "company", "network", "press", "service", "bureau", "administration",
        "government", "parliament", "duma", "rada", "police", "army", "forces", "command", "organization",
        "organisation", "alliance", "coalition", "reuters", "bloomberg", "cnn", "nbc", "abc", "cbs", "fox",
        "msnbc", "ap", "fbi", "cia", "nato", "eu", "un", "nsa", "dnc", "rnc", "gop", "tass", "ria", "breitbart",
        "politico", "axios", "gallup", "independent", "guardian", "telegraph", "herald", "tribune", "gazette",
        "daily", "magazine", "media", "radio", "television", "tv", "staff", "board", "club", "federation",
        "league", "movement", "front", "authority", "authorities", "secretariat", "cabinet", "assembly",
        "quinnipiac", "monmouth", "rasmussen", "ipsos", "yougov", "pew", "wikileaks", "twitter", "facebook",
        "google", "microsoft", "apple", "amazon", "kyodo", "xinhua", "interfax", "ukrinform", "sputnik",
        "whitehouse", "palace", "treasury", "commerce", "embassy", "consulate", "mission", "delegation",
    ]
}
