import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read news articles and see who said what.",
        subcommands: [Read.self, Extract.self, Eval.self, Index.self, Search.self, Bookmarks.self],
        defaultSubcommand: Read.self
    )
}
