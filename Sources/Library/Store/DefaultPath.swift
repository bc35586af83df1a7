import Foundation

extension LibraryStore {
    /// `$XDG_DATA_HOME/parley/library.sqlite`, or `~/.local/share/parley/library.sqlite` when it is unset or
    /// relative (the XDG spec says to ignore a relative one).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return ((data as NSString).appendingPathComponent("parley") as NSString).appendingPathComponent("library.sqlite")
    }
}
