extension Theme {
    /// A theme from its TOML text. Tables are role keys (`[quote.direct]`) holding `fg`, `bg`
    /// and `attrs`; `[speakers]` holds `palette`. Problems name the file and line.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let entries: [TOML.Entry]
        do {
            entries = try TOML.parse(text)
        } catch {
            throw ThemeError("\(file):\(error.line): \(error.message)")
        }
        var theme = Theme(name: name, looks: [:], speakers: [])
        for entry in entries {
            let place = "\(file):\(entry.line)"
            if entry.table == "" {
                guard entry.key == "name", let value = entry.value.string else { throw ThemeError("\(place): unknown setting '\(entry.key)'") }
                theme.name = value
                continue
            }
            if entry.table == "speakers" {
                guard entry.key == "palette", let colours = entry.value.strings else { throw ThemeError("\(place): expected palette = [colours]") }
                theme.speakers = try colours.map { name throws(ThemeError) in try color(name, at: place) }
                continue
            }
            guard roleKeys.contains(entry.table) else { throw ThemeError("\(place): unknown role '\(entry.table)'") }
            var look = theme.looks[entry.table] ?? Look()
            switch (entry.key, entry.value) {
            case ("fg", .string(let name)): look.foreground = try color(name, at: place)
            case ("bg", .string(let name)): look.background = try color(name, at: place)
            case ("fg", .integer(let index)): look.foreground = try color(String(index), at: place)
            case ("bg", .integer(let index)): look.background = try color(String(index), at: place)
            case ("attrs", .strings(let names)):
                for name in names {
                    guard let attribute = Attributes.names[name] else { throw ThemeError("\(place): unknown attribute '\(name)'") }
                    look.attributes.insert(attribute)
                }
            default: throw ThemeError("\(place): unknown setting '\(entry.key)' for \(entry.table)")
            }
            theme.looks[entry.table] = look
        }
        return theme
    }

    private static func color(_ text: String, at place: String) throws(ThemeError) -> ThemeColor {
        guard let color = ThemeColor(parsing: text) else { throw ThemeError("\(place): unknown colour '\(text)'") }
        return color
    }
}

public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
