import Foundation
import Hummingbird
import Shared

/// The control API's `GET /v1/stats?guild_id=ID&since=7d`: command usage as a
/// ``CommandUsageReport``.
///
/// `since` is a duration back from now (`7d`, `36h`, `1d12h`), rounded down to the start of its
/// UTC day since usage is kept per day; 7 days when left out. No `guild_id`: every guild and DMs.
///
/// ```swift
/// UsageControlRoutes(store: CommandUsageStore(database: pool), schema: gate).register(on: router)
/// ```
struct UsageControlRoutes: Sendable {
    let store: CommandUsageStore
    let schema: SchemaGate
    var now: @Sendable () -> Date = { Date() }

    static let defaultWindowSeconds = 7 * 86_400
    /// Far beyond any data, and small enough that `now - since` stays a real date.
    static let maximumWindowSeconds = 100 * 366 * 86_400

    func register(on router: Router<ControlRequestContext>) {
        router.group("v1").get("stats") { request, _ in
            try await ControlRoutes.mapErrors {
                let query = request.uri.queryParameters
                let guild = try Self.guildID(query.get("guild_id"))
                let window = try Self.windowSeconds(query.get("since"))
                guard await schema.isRunning else {
                    throw HTTPError(.serviceUnavailable, message: "odysseyd is in maintenance (migrations pending): run `odysseyctl migrate` first")
                }
                let at = now()
                let since = UsageDay(at.addingTimeInterval(-Double(window)))
                return try JSONResponse(try await store.report(guildID: guild, since: since, now: at))
            }
        }
    }

    /// Nil for every guild; "0" is accepted and means DMs.
    static func guildID(_ text: String?) throws -> Int64? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let id = Snowflake(text), let value = Int64(exactly: id.rawValue) else {
            throw HTTPError(.badRequest, message: "guild id \"\(text)\" is not a snowflake (digits, e.g. 1234567890123456789; 0 for DMs)")
        }
        return value
    }

    /// Number-and-unit groups, largest unit first: `7d`, `12h`, `1d12h`, `604800s`.
    static func windowSeconds(_ text: String?) throws -> Int {
        guard let text, !text.isEmpty else { return defaultWindowSeconds }
        let invalid = HTTPError(.badRequest, message: "since \"\(text)\" is not a duration: use a number and a unit (s, m, h, d), e.g. 7d, 36h or 1d12h")
        let tooFar = HTTPError(.badRequest, message: "since \"\(text)\" reaches back more than 100 years")
        let units: [(Character, Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]
        var total = 0
        var digits = ""
        var lastUnit = -1
        for character in text {
            if character.isASCII, character.isWholeNumber {
                digits.append(character)
                continue
            }
            guard let unit = units.firstIndex(where: { $0.0 == character }), unit > lastUnit, !digits.isEmpty else { throw invalid }
            // Bounded before multiplying, so no input can overflow.
            guard let number = Int(digits), number <= maximumWindowSeconds / units[unit].1 else { throw tooFar }
            total += number * units[unit].1
            digits = ""
            lastUnit = unit
        }
        guard digits.isEmpty, lastUnit >= 0 else { throw invalid }
        guard total <= maximumWindowSeconds else { throw tooFar }
        return total
    }
}
