import Foundation

/// The built `parley` binary: it sits beside the test bundle in the build products folder.
enum Binary {
    static var url: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("parley")
    }

    /// The package root, for the shipped corpus and fixtures.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
