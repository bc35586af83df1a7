import ArgumentParser

@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Read news articles and see who said what.",
        subcommands: [Read.self, Extract.self, Eval.self],
        defaultSubcommand: Read.self
    )
}
