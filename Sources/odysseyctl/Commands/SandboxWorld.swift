import ArgumentParser
import Shared

extension Odysseyctl.Sandbox {
    /// `odysseyctl sandbox world`: the sandbox's guilds, members and deployed commands.
    ///
    /// ```
    /// $ odysseyctl sandbox world
    /// Guild Odyssey Sandbox (1191…)
    /// ```
    struct World: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the sandbox's guilds, channels, members and deployed commands.",
            discussion: "Use the ids shown with `odysseyctl sandbox interact --guild ID --user ID --channel ID`."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: SandboxOptions

        func run() async throws {
            let report = try await target.request(output: global.output) { try await $0.world() }
            global.output.emit(report, text: SandboxWorldRenderer.text(for: report))
        }
    }
}
