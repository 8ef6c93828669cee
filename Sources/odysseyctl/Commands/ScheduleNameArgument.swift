import ArgumentParser

/// The `NAME` argument of `schedule on` and `schedule off`, and what both do with it.
///
/// ```swift
/// try await ScheduleNameArgument.set("weekly.recap", enabled: false, global: global)
/// ```
struct ScheduleNameArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The schedule, as schedule ls lists it.", valueName: "name"))
    var name: String

    func validate() throws {
        guard !name.isEmpty else { throw ValidationError("The schedule name is empty.") }
    }

    static func set(_ name: String, enabled: Bool, global: GlobalOptions) async throws {
        let schedule = try await global.request { try await $0.setSchedule(name, enabled: enabled) }
        global.output.emit(schedule, text: ScheduleRenderer.toggledText(for: schedule))
    }
}
