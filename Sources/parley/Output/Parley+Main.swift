import ArgumentParser
import Foundation

extension Parley {
    /// Argument-parser exits 64 on a usage error; parley exits 2, as most command-line tools do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
