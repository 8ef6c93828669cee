/// Why a schedule expression was rejected: says what was wrong, where, and what was expected,
/// so the message can be shown to whoever typed the schedule as is.
struct ScheduleExpressionError: Error, CustomStringConvertible, Equatable {
    let message: String

    var description: String { message }
}
