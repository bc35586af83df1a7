import Foundation
import ReaderModel

/// Finds a theme by name or path: the user's themes, the installed ones, then the source
/// tree's (for a binary run from the build folder).
enum ThemeLocator {
    static func load(_ nameOrPath: String, environment: [String: String]) throws(ThemeError) -> Theme {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        let candidates = isPath ? [nameOrPath] : folders(environment: environment).map { "\($0)/\(nameOrPath).toml" }
        guard let path = candidates.first(where: FileManager.default.fileExists(atPath:)) else {
            throw ThemeError("theme '\(nameOrPath)' not found (looked in \(candidates.joined(separator: ", ")))")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ThemeError("\(path): cannot read as UTF-8")
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try Theme.parse(text, name: name, file: path)
    }

    static func folders(environment: [String: String]) -> [String] {
        var folders = [(Config.defaultPath(environment: environment) as NSString).deletingLastPathComponent + "/themes"]
        folders.append(Installation.share + "/themes")
        folders += Installation.sourceFolders("Themes")
        return folders
    }
}

/// Where the running binary's data lives: `$PREFIX/share/parley` beside `$PREFIX/bin/parley`.
enum Installation {
    static var executableFolder: URL {
        (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath().deletingLastPathComponent()
    }

    static var share: String {
        executableFolder.deletingLastPathComponent().appendingPathComponent("share/parley").path
    }

    /// `name` in the folders above the binary, for runs from `.build/<triple>/<config>/`.
    static func sourceFolders(_ name: String) -> [String] {
        var folder = executableFolder
        var found: [String] = []
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                found.append(folder.appendingPathComponent(name).path)
            }
        }
        return found
    }
}
