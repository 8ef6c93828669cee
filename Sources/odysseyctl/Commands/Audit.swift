import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl audit`: who changed what, from `odysseyctl` or `/admin`, newest first.
    ///
    /// ```
    /// $ odysseyctl audit --guild 1191168914269274112 --limit 20
    /// ```
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the administrators' audit trail.",
            discussion: "Each line is one change: when, who (a uid for odysseyctl, a member id for /admin), what, before and after."
        )

        @OptionGroup var global: GlobalOptions

        @Option(name: .customLong("guild"), help: ArgumentHelp("Only changes to this server.", valueName: "id"))
        var guildID: String?

        @Option(help: ArgumentHelp("At most this many entries (1–1000).", valueName: "count"))
        var limit: Int = 50

        func validate() throws {
            try CommandScopeOptions.validate(guildID)
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be from 1 to 1000") }
        }

        func run() async throws {
            let report = try await global.request { try await $0.audit(guildID: guildID, limit: limit) }
            global.output.emit(report, text: FeatureRenderer.text(for: report))
        }
    }
}
