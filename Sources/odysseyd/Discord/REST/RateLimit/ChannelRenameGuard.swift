/// Discord lets a channel's name change only twice per 10 minutes. The limit is not in the
/// documentation (nor announced in headers; the third rename just waits or 429s), so we keep it
/// locally: callers ask before a `PATCH /channels/{channel.id}` that carries `name`, and record
/// each rename they send.
///
/// ```swift
/// var renames = ChannelRenameGuard()
/// if case .notBefore(let instant) = renames.renameAllowed(channel: "1234", at: now) { /* enqueue for `instant` */ }
/// else { renames.recordRename(channel: "1234", at: now) /* then send the PATCH */ }
/// ```
struct ChannelRenameGuard: Sendable {
    enum Decision: Sendable, Equatable {
        case allowed
        /// The earliest instant a rename of the channel may go.
        case notBefore(ContinuousClock.Instant)
    }

    static let defaultLimit = 2
    static let defaultWindow: Duration = .seconds(600)

    let limit: Int
    let window: Duration
    private var renames: [String: SlidingWindowLog] = [:]

    init(limit: Int = Self.defaultLimit, window: Duration = Self.defaultWindow) {
        self.limit = max(limit, 1)
        self.window = window
    }

    mutating func renameAllowed(channel: String, at now: ContinuousClock.Instant) -> Decision {
        guard var log = renames[channel] else { return .allowed }
        let next = log.nextAllowed(at: now)
        renames[channel] = log.isEmpty ? nil : log
        return next.map(Decision.notBefore) ?? .allowed
    }

    mutating func recordRename(channel: String, at now: ContinuousClock.Instant) {
        var log = renames[channel] ?? SlidingWindowLog(limit: limit, window: window)
        log.record(at: now)
        renames[channel] = log
        if renames.count > 4096 { forgetExpired(at: now) }
    }

    /// Channels with a rename still inside the window.
    mutating func trackedChannels(at now: ContinuousClock.Instant) -> Int {
        forgetExpired(at: now)
        return renames.count
    }

    private mutating func forgetExpired(at now: ContinuousClock.Instant) {
        for (channel, var log) in renames {
            renames[channel] = log.count(at: now) == 0 ? nil : log
        }
    }
}
