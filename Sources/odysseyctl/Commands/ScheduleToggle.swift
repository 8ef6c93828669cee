import ArgumentParser
import Shared

extension Odysseyctl.Schedule {
    /// `odysseyctl schedule on NAME`: let a schedule enqueue its job again.
    ///
    /// ```
    /// $ odysseyctl schedule on weekly.recap
    /// Schedule weekly.recap is on; next run 2026-12-07 10:00 +03:00 (in 3h).
    /// ```
    struct On: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch a schedule on.",
            discussion: """
                Prints the schedule's new state and its next run. Exits 1 when the daemon \
                knows no schedule of that name.
                """
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var schedule: ScheduleNameArgument

        func run() async throws {
            try await ScheduleNameArgument.set(schedule.name, enabled: true, global: global)
        }
    }

    /// `odysseyctl schedule off NAME`: stop a schedule from enqueuing its job.
    ///
    /// ```
    /// $ odysseyctl schedule off weekly.recap
    /// Schedule weekly.recap is off; it will not run until `odysseyctl schedule on weekly.recap`.
    /// ```
    struct Off: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Switch a schedule off.",
            discussion: """
                Prints the schedule's new state. Exits 1 when the daemon knows no schedule of \
                that name.
                """
        )

        @OptionGroup var global: GlobalOptions

        @OptionGroup var schedule: ScheduleNameArgument

        func run() async throws {
            try await ScheduleNameArgument.set(schedule.name, enabled: false, global: global)
        }
    }
}
