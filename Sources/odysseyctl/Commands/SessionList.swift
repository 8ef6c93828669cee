import ArgumentParser
import Shared

extension Odysseyctl.Session {
    /// `odysseyctl session ls`: live dashboard sessions, newest first.
    ///
    /// ```
    /// $ odysseyctl session ls --all
    /// SESSION       USER       USER-ID              STATE    SCOPES    CREATED  EXPIRES
    /// 3f9a0c1d2e4b  ada (Ada)  1191168914407768064  active   identify  2h ago   in 6d
    /// ```
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List dashboard sessions, newest first.",
            discussion: "SESSION is the start of the session id's SHA-256, which session revoke accepts."
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Include expired and revoked sessions.")
        var all = false

        func run() async throws {
            let response = try await global.request { try await $0.sessions(all: all) }
            global.output.emit(response, text: SessionRenderer.listText(for: response))
        }
    }
}
