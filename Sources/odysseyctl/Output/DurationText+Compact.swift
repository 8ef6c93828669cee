extension DurationText {
    /// The largest unit and, when it is not zero, the next one, with no spaces: the form
    /// `--start-after` accepts, so what odysseyctl prints it can also read.
    ///
    /// ```swift
    /// DurationText.compact(192)    // "3m12s"
    /// DurationText.compact(7_200)  // "2h"
    /// DurationText.compact(93_600) // "1d2h"
    /// ```
    static func compact(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(min(seconds, 1e15).rounded(.down))) : 0
        let parts = [(total / 86_400, "d"), (total % 86_400 / 3_600, "h"), (total % 3_600 / 60, "m"), (total % 60, "s")]
        guard let first = parts.firstIndex(where: { $0.0 > 0 }) else { return "0s" }
        var text = "\(parts[first].0)\(parts[first].1)"
        if first + 1 < parts.count, parts[first + 1].0 > 0 {
            text += "\(parts[first + 1].0)\(parts[first + 1].1)"
        }
        return text
    }
}
