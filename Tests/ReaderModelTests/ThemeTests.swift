import Foundation
@testable import ReaderModel
import Testing

struct TOMLTests {
    @Test func readsTablesAndValues() throws {
        let entries = try TOML.parse("""
            # comment
            theme = "dark"   # trailing
            max_width = 72
            mouse = true

            [keys]
            down = ["j", "C-n"]
            "page-up" = []
            """)
        #expect(entries.map(\.key) == ["theme", "max_width", "mouse", "down", "page-up"])
        #expect(entries[0].value == .string("dark"))
        #expect(entries[1].value == .integer(72))
        #expect(entries[2].value == .boolean(true))
        #expect(entries[3] == TOML.Entry(table: "keys", key: "down", value: .strings(["j", "C-n"]), line: 7))
        #expect(entries[4].value == .strings([]))
    }

    @Test func unescapesStrings() throws {
        let entries = try TOML.parse(#"a = "say \"hi\"\n""#)
        #expect(entries[0].value == .string("say \"hi\"\n"))
    }

    @Test(arguments: [
        ("a = ", 1, "missing value"), ("\n\na = [1]", 3, "arrays hold strings only"), ("[keys\n", 1, "expected ']'"),
        ("a = \"open", 1, "unterminated string"), ("a = 1\na = 2", 2, "duplicate key 'a'"), ("a = yes", 1, "cannot read value 'yes'"),
    ])
    func errorsNameTheLine(text: String, line: Int, message: String) {
        #expect(throws: TOML.ParseError(line: line, message: message)) { try TOML.parse(text) }
    }
}

struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    @Test(arguments: ["dark", "light", "high-contrast", "mono"])
    func shippedThemesParse(name: String) throws {
        let file = Self.themes.appendingPathComponent("\(name).toml")
        let theme = try Theme.parse(String(contentsOf: file, encoding: .utf8), name: name, file: file.path)
        #expect(theme.name == name)
        #expect(theme.speakers.count == (name == "mono" ? 0 : SpeakerPalette.size))
        #expect(theme.looks["selection"] != nil)
    }

    @Test func unknownRolesAndColoursNameTheLine() {
        #expect(throws: ThemeError("t.toml:3: unknown role 'quote.shouted'")) {
            try Theme.parse("\n[quote.shouted]\nfg = \"red\"", name: "t", file: "t.toml")
        }
        #expect(throws: ThemeError("t.toml:2: unknown colour 'reddish'")) {
            try Theme.parse("[text]\nfg = \"reddish\"", name: "t", file: "t.toml")
        }
    }

    @Test func speakerColourOverridesTheRole() throws {
        let theme = try Theme.parse("[speakers]\npalette = [\"red\", \"blue\"]\n[quote.direct]\nfg = \"white\"\nattrs = [\"bold\"]",
                                    name: "t", file: "t")
        let look = theme.look(for: Style(.quote(.direct), underline: true, speaker: 1))
        #expect(look.foreground == .indexed(4))
        #expect(look.attributes == [.bold, .underline])
    }

    @Test func withoutColourRolesKeepAttributes() throws {
        let theme = try Theme.parse("[selection]\nbg = \"blue\"\n[title]\nfg = \"red\"\nattrs = [\"underline\"]", name: "t", file: "t")
        let plain = theme.degraded(to: .none)
        #expect(plain.looks["selection"] == Look(attributes: .reverse))
        #expect(plain.looks["title"] == Look(attributes: .underline))
        #expect(plain.speakers.isEmpty)
    }
}

struct ColorTests {
    @Test(arguments: [("red", ThemeColor.indexed(1)), ("bright-blue", .indexed(12)), ("#ff8000", .rgb(255, 128, 0)),
                      ("208", .indexed(208)), ("default", .terminalDefault)])
    func parsesColourNames(text: String, color: ThemeColor) {
        #expect(ThemeColor(parsing: text) == color)
    }

    @Test func rejectsNonsense() {
        #expect(ThemeColor(parsing: "256") == nil)
        #expect(ThemeColor(parsing: "#12345") == nil)
        #expect(ThemeColor(parsing: "purpleish") == nil)
    }

    @Test func degradesByDepth() {
        let orange = ThemeColor.rgb(255, 135, 0)
        #expect(orange.resolved(for: .truecolor) == 0xFF8700)
        #expect(orange.resolved(for: .indexed256) == 208)
        #expect(orange.resolved(for: .basic) == 3)
        #expect(orange.resolved(for: .none) == nil)
        #expect(ThemeColor.rgb(128, 128, 128).resolved(for: .indexed256) == 244)
        #expect(ThemeColor.indexed(12).resolved(for: .basic) == 4)
        #expect(ThemeColor.indexed(196).resolved(for: .basic) == 1)
    }

    @Test func detectsDepthFromTheEnvironment() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1"], terminalColors: 256, hasColors: true) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 0x1000000, hasColors: true) == .truecolor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], terminalColors: 256, hasColors: true) == .indexed256)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 256, hasColors: true) == .indexed256)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 8, hasColors: true) == .basic)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 0, hasColors: false) == .none)
    }
}

struct KeymapTests {
    @Test func everyCommandHasABindingAndNoKeyIsBoundTwice() {
        let keymap = Keymap.standard
        #expect(Set(keymap.bindings.map(\.command)) == Set(Command.allCases))
        let keys = keymap.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }

    @Test func keyNamesRoundTrip() {
        for key in Keymap.standard.bindings.flatMap(\.keys) {
            #expect(KeyName.parse(KeyName.format(key)) == key)
        }
        #expect(KeyName.parse("c-D") == nil)
        #expect(KeyName.parse("C-d") == .ctrl("d"))
        #expect(KeyName.parse("pgdn") == .pageDown)
    }

    @Test func validationNamesFileAndLine() {
        let problems = Keymap.problems(in: [
            KeyBindingOverride(command: "foo", keys: ["x"], line: 7),
            KeyBindingOverride(command: "down", keys: ["Hyper-J"], line: 8),
            KeyBindingOverride(command: "up", keys: ["x"], line: 9),
        ], file: "config.toml")
        #expect(problems == [
            "config.toml:7: unknown command 'foo'",
            "config.toml:8: unknown key 'Hyper-J'",
            "config.toml:9: key 'x' is bound to both 'foo' and 'up'",
        ])
    }

    @Test func overridesMoveKeys() {
        let keymap = Keymap.standard.applying([KeyBindingOverride(command: "up", keys: ["j"], line: 1)])
        #expect(keymap.command(for: .char("j")) == .up)
        #expect(keymap.keys(for: .down) == [.down])
        #expect(keymap.command(for: .char("k")) == nil)
    }

    @Test func markdownTableListsEveryBinding() {
        let lines = Keymap.standard.markdown.split(separator: "\n")
        #expect(lines.count == Keymap.standard.bindings.count + 2)
        #expect(lines[2] == "| `j` `Down` | down | Line down / next row |")
    }

    @Test func helpOverlayListsEveryBinding() {
        let lines = HelpText.lines(Keymap.standard).filter { !$0.isSection && !$0.keys.isEmpty }
        #expect(lines.count == Keymap.standard.bindings.count)
    }
}
