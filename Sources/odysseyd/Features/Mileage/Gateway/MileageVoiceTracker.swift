import Foundation

/// Voice minutes: who sits in which voice channel since when, kept in memory from
/// `VOICE_STATE_UPDATE`, turned into `voice_minute` events for whole minutes when a member leaves
/// or moves, and by ``tick(at:)`` for members still in a channel (so a restart loses at most one
/// tick's worth). Deafened members earn nothing: idling in a channel with the sound off is not
/// taking part. Each chunk's source is the member and the minute it started, so a chunk can only
/// count once.
///
/// The tracker only computes events; ``MileageGatewayHooks`` awards them. Times are passed in, so
/// tests drive it with any clock.
///
/// ```swift
/// let tracker = MileageVoiceTracker()
/// _ = await tracker.stateChanged(joined, at: t0)
/// let events = await tracker.stateChanged(left, at: t0 + 600)   // one event, 10 units
/// ```
actor MileageVoiceTracker {
    struct Key: Hashable, Sendable {
        var guild: Snowflake
        var user: Snowflake
    }

    struct Session: Sendable, Equatable {
        var channel: Snowflake
        var since: Date
    }

    /// One award never carries more than this: a member left in a channel through a long outage
    /// of the tick should not collect a day at once.
    static let maximumMinutesPerEvent = 60

    private(set) var sessions: [Key: Session] = [:]

    /// Applies a voice state; returns the minutes earned by a session it ended.
    func stateChanged(_ state: VoiceState, at now: Date) -> [MileageEvent] {
        guard let guild = state.guildID, state.member?.user?.bot != true else { return [] }
        let key = Key(guild: guild, user: state.userID)
        let earning = state.channelID != nil && !state.selfDeaf && !state.deaf
        if let session = sessions[key], earning, session.channel == state.channelID {
            return [] // mute or stream toggled, or the same state again: the session goes on
        }
        var events: [MileageEvent] = []
        if let session = sessions.removeValue(forKey: key), let event = Self.event(for: key, session: session, until: now) {
            events.append(event)
        }
        if earning, let channel = state.channelID { sessions[key] = Session(channel: channel, since: now) }
        return events
    }

    /// The whole minutes every open session has gathered; each session then continues from the
    /// end of what was counted, so the seconds left over count next time.
    func tick(at now: Date) -> [MileageEvent] {
        var events: [MileageEvent] = []
        for (key, session) in sessions {
            guard let event = Self.event(for: key, session: session, until: now) else { continue }
            events.append(event)
            sessions[key]?.since = session.since.addingTimeInterval(Double(event.units) * 60)
        }
        return events
    }

    /// A guild went away (or the shard reconnected without it): its sessions end uncounted.
    func forget(guild: Snowflake) {
        sessions = sessions.filter { $0.key.guild != guild }
    }

    private static func event(for key: Key, session: Session, until now: Date) -> MileageEvent? {
        let minutes = min(Int(now.timeIntervalSince(session.since) / 60), maximumMinutesPerEvent)
        guard minutes > 0 else { return nil }
        return MileageEvent(guildID: key.guild, userID: key.user, type: .voiceMinute,
                            sourceID: "voice:\(key.user):\(Int(session.since.timeIntervalSince1970))", occurredAt: now, units: minutes)
    }
}
