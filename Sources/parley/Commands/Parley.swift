import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read news articles and see who said what.",
        discussion: """
            Without a subcommand, parley reads: `parley PATH...` the files and folders given, `parley --db PATH` a \
            library made by `parley index`; with neither, the default library when it exists and has articles, \
            else ./corpus, else the installed sample corpus. See `parley help read`.
            """,
        subcommands: [Read.self, Extract.self, Eval.self, Index.self, Search.self, Bookmarks.self],
        defaultSubcommand: Read.self
    )
}
