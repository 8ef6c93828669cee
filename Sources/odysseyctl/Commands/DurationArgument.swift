/// Reads durations from the command line: whole numbers with a unit, largest unit first,
/// each unit at most once. `DurationText.compact` prints the same form.
///
/// ```swift
/// try DurationArgument.seconds("90s")    // 90
/// try DurationArgument.seconds("1h30m")  // 5_400
/// try DurationArgument.seconds("1d")     // 86_400
/// try DurationArgument.seconds("-5m")    // throws: a duration cannot be negative
/// ```
enum DurationArgument {
    struct Invalid: Error, CustomStringConvertible, Equatable {
        var description: String
    }

    static let units: [(symbol: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    static let examples = "90s, 2m, 1h30m or 1d"

    static func seconds(_ text: String) throws(Invalid) -> Int {
        guard !text.isEmpty else {
            throw Invalid(description: "a duration needs a number and a unit, e.g. \(examples)")
        }
        guard !text.hasPrefix("-") else {
            throw Invalid(description: "a duration cannot be negative")
        }
        if let stranger = text.first(where: { character in
            !isDigit(character) && !units.contains { $0.symbol == character }
        }) {
            throw Invalid(description: "'\(stranger)' is not a unit; use s, m, h or d, e.g. \(examples)")
        }
        var total = 0
        var number: Int?
        // Index into `units` of the last unit read; the next must come after it.
        var lastUnit = -1
        for character in text {
            if isDigit(character), let digit = character.wholeNumberValue {
                let (shifted, overflowA) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (next, overflowB) = shifted.addingReportingOverflow(digit)
                guard !overflowA, !overflowB else { throw tooLong }
                number = next
                continue
            }
            // Every other character is a unit: the scan above turned strangers away.
            guard let unit = units.firstIndex(where: { $0.symbol == character }) else { continue }
            guard let value = number else {
                throw Invalid(description: "'\(character)' needs a number before it, e.g. \(examples)")
            }
            guard unit > lastUnit else {
                throw Invalid(description: "write the units largest first and each once, e.g. 1h30m")
            }
            let (scaled, overflowA) = value.multipliedReportingOverflow(by: units[unit].seconds)
            let (sum, overflowB) = total.addingReportingOverflow(scaled)
            guard !overflowA, !overflowB else { throw tooLong }
            total = sum
            lastUnit = unit
            number = nil
        }
        if let number {
            throw Invalid(description: "'\(number)' needs a unit: s, m, h or d, e.g. \(number)s")
        }
        return total
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }

    private static var tooLong: Invalid {
        Invalid(description: "that duration is too long")
    }
}
