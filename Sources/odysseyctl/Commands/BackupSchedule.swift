import ArgumentParser
import Shared

extension Odysseyctl.Backup {
    /// `odysseyctl backup schedule on|off`: the optional hourly backup.
    ///
    /// ```
    /// $ odysseyctl backup schedule on
    /// Schedule backup.create is on; next run 2026-11-30 15:00 +00:00 (in 9m).
    /// ```
    struct ScheduleToggle: AsyncParsableCommand {
        enum State: String, ExpressibleByArgument, CaseIterable {
            case on, off
        }

        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Switch the hourly backup on or off.",
            discussion: """
                Off on a fresh install. "on" adds the backup.create schedule (every hour) when \
                it is missing and switches it on; afterwards schedule ls|on|off show and switch \
                it like any other schedule.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("on or off.", valueName: "state"))
        var state: State

        func run() async throws {
            let summary = try await global.request { try await $0.setBackupSchedule(enabled: state == .on) }
            global.output.emit(summary, text: ScheduleRenderer.toggledText(for: summary))
        }
    }
}
