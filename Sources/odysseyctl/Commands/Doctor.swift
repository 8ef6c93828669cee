import ArgumentParser
import Shared

extension Odysseyctl {
    /// `odysseyctl doctor [CHECK] [--list-checks]`: what is wrong with this install, and the fix.
    ///
    /// ```
    /// $ odysseyctl doctor
    /// $ odysseyctl doctor permissions --json
    /// $ odysseyctl doctor --list-checks
    /// ```
    struct Doctor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the install: database, Discord, permissions, features, schedules, jobs, socket.",
            discussion: """
                Prints one line per check, [✓] ok, [!] warning or [✗] failure, with the details \
                and the fix under each problem, and a summary. Works while the daemon is in \
                maintenance. Exits 0 when every check is ok, 2 when any warns or fails, 64 for \
                an unknown check name.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Run only this check (see --list-checks).")
        var check: String?

        @Flag(help: "List the checks and exit.")
        var listChecks = false

        func run() async throws {
            if listChecks {
                let list = try await global.request { try await $0.doctorChecks() }
                global.output.emit(list, text: DoctorRenderer.list(list))
                return
            }
            let report: DoctorReport
            do {
                report = try await global.client.doctor(check: check)
            } catch let error as DaemonError where error.status == 404 && check != nil {
                // The daemon names the checks it knows in its message.
                global.output.report(error)
                throw ExitCode(.usage)
            } catch let failure as any CommandFailure {
                global.output.report(failure)
                throw ExitCode(failure.exitCode)
            }
            global.output.emit(report, text: DoctorRenderer.text(for: report))
            if report.hasIssues { throw ExitCode(.problemsFound) }
        }
    }
}
