import Foundation
import ReaderModel

/// The reader's settings from `config.toml`, before command-line flags are laid over them.
struct Config {
    var theme = "dark"
    var maxWidth = 80
    var mouse = false
    var ascii = false
    var keys: [KeyBindingOverride] = []
    /// Where these settings came from, for `--print-config`; nil when defaults.
    var source: String?

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// `$XDG_CONFIG_HOME/parley/config.toml`, else `~/.config/parley/config.toml`.
    static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/parley/config.toml"
    }

    /// The config file at `path`, or the defaults when there is none.
    static func load(path: String) throws(Problem) -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Problem(description: "\(path): cannot read as UTF-8")
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws(Problem) -> Config {
        let entries: [TOML.Entry]
        do {
            entries = try TOML.parse(text)
        } catch {
            throw Problem(description: "\(file):\(error.line): \(error.message)")
        }
        var config = Config(source: file)
        for entry in entries {
            let place = "\(file):\(entry.line)"
            switch (entry.table, entry.key, entry.value) {
            case ("", "theme", .string(let name)): config.theme = name
            case ("", "max_width", .integer(let width)) where width >= 20: config.maxWidth = width
            case ("", "max_width", _): throw Problem(description: "\(place): max_width must be a whole number of at least 20")
            case ("", "mouse", .boolean(let on)): config.mouse = on
            case ("", "ascii", .boolean(let on)): config.ascii = on
            case ("", "theme", _), ("", "mouse", _), ("", "ascii", _):
                throw Problem(description: "\(place): '\(entry.key)' wants \(entry.key == "theme" ? "a string" : "true or false")")
            case ("keys", let command, .strings(let keys)):
                config.keys.append(KeyBindingOverride(command: command, keys: keys, line: entry.line))
            case ("keys", let command, _):
                throw Problem(description: "\(place): keys for '\(command)' must be a list of strings, e.g. [\"j\", \"Down\"]")
            default:
                let name = entry.table.isEmpty ? entry.key : entry.table + "." + entry.key
                throw Problem(description: "\(place): unknown setting '\(name)'")
            }
        }
        let problems = ReaderSession.validate(config.keys, file: file)
        if let first = problems.first { throw Problem(description: first) }
        return config
    }

    /// The effective settings as a config file, with every key binding spelled out.
    func printed(keymap: Keymap) -> String {
        var lines = ["# parley configuration in effect (\(source ?? "defaults; no config file"))",
                     "theme = \(quoted(theme))", "max_width = \(maxWidth)", "mouse = \(mouse)", "ascii = \(ascii)", "", "[keys]"]
        for binding in keymap.bindings {
            let keys = binding.keys.map { quoted(KeyName.format($0)) }.joined(separator: ", ")
            lines.append("\(binding.command.rawValue) = [\(keys)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
