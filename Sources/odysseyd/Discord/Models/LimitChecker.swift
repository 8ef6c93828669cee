/// Collects violations while walking a request; paths are built as Discord prints them.
struct LimitChecker {
    private(set) var violations: [RequestLimitViolation] = []

    mutating func fail(_ path: String, _ message: String) {
        violations.append(RequestLimitViolation(path: path, message: message))
    }

    mutating func text(_ value: String?, _ path: String, max: Int) {
        guard let value else { return }
        let count = RequestLimits.length(value)
        if count > max { fail(path, "\(count) characters, at most \(max)") }
    }

    mutating func text(_ value: String?, _ path: String, within range: ClosedRange<Int>) {
        guard let value else { return }
        let count = RequestLimits.length(value)
        if !range.contains(count) { fail(path, "\(count) characters, must be \(range.lowerBound)–\(range.upperBound)") }
    }

    mutating func count(_ count: Int, _ path: String, max: Int, of what: String) {
        if count > max { fail(path, "\(count) \(what), at most \(max)") }
    }

    mutating func count(_ count: Int, _ path: String, within range: ClosedRange<Int>, of what: String) {
        if !range.contains(count) { fail(path, "\(count) \(what), must be \(range.lowerBound)–\(range.upperBound)") }
    }

    mutating func number(_ value: Int?, _ path: String, within range: ClosedRange<Int>) {
        guard let value else { return }
        if !range.contains(value) { fail(path, "\(value) is outside \(range.lowerBound)–\(range.upperBound)") }
    }
}
