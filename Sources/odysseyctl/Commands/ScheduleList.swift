import ArgumentParser
import Shared

extension Odysseyctl.Schedule {
    /// `odysseyctl schedule ls`: every schedule, when it runs next and when it last ran.
    ///
    /// ```
    /// $ odysseyctl schedule ls
    /// NAME          JOB            EXPRESSION    TIMEZONE       ON   NEXT-RUN                         LAST-RUN
    /// weekly.recap  digest.weekly  Monday 10:00  Europe/Moscow  yes  2026-12-07 10:00 +03:00 (in 3h)  6d ago (job 41)
    /// ```
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ls",
            abstract: "List the schedules with their next and last runs.",
            discussion: """
                NEXT-RUN is the wall-clock time in the schedule's own time zone, then how far \
                away it is; a schedule that is off shows none.
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await global.request { try await $0.schedules() }
            global.output.emit(response, text: ScheduleRenderer.listText(for: response))
        }
    }
}
