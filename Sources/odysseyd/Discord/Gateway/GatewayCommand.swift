import Foundation

/// A payload the daemon sends to the Gateway, and its JSON.
///
/// ```swift
/// let beat = try GatewayCommand.heartbeat(sequence: session?.sequence).encoded()   // {"op":1,"d":251}
/// let resume = try GatewayCommand.resume(token: token, sessionID: session.sessionID, sequence: 1337).encoded()
/// ```
enum GatewayCommand: Sendable, Equatable, CustomStringConvertible {
    case identify(GatewayIdentify)
    case resume(token: String, sessionID: String, sequence: Int)
    /// `sequence` is the last `s` received, or nil (sent as `null`) before the first dispatch.
    case heartbeat(sequence: Int?)
    case presenceUpdate(GatewayPresence)
    case requestGuildMembers(GatewayRequestGuildMembers)

    /// Discord closes the connection with 4002 on a larger payload (gateway.mdx, "Sending Events").
    static let maximumPayloadBytes = 4096

    var opcode: GatewayOpcode {
        switch self {
        case .identify: .identify
        case .resume: .resume
        case .heartbeat: .heartbeat
        case .presenceUpdate: .presenceUpdate
        case .requestGuildMembers: .requestGuildMembers
        }
    }

    /// Which share of the send budget the command draws on (see ``GatewaySendLimiter``).
    var sendKind: GatewaySendKind {
        switch self {
        case .heartbeat: .heartbeat
        case .identify, .resume: .handshake
        case .presenceUpdate, .requestGuildMembers: .ordinary
        }
    }

    /// Never prints the token: commands end up in logs.
    var description: String {
        switch self {
        case .identify(let identify): "Identify(intents: \(identify.intents.rawValue), shard: \(identify.shard.map(\.description) ?? "none"))"
        case .resume(_, let sessionID, let sequence): "Resume(session: \(sessionID), seq: \(sequence))"
        case .heartbeat(let sequence): "Heartbeat(\(sequence.map(String.init) ?? "null"))"
        case .presenceUpdate(let presence): "PresenceUpdate(\(presence.status.rawValue))"
        case .requestGuildMembers(let request): "RequestGuildMembers(guild: \(request.guildID))"
        }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Envelope(command: self))
        } catch {
            throw GatewayEncodingError("cannot encode \(self): \(error)")
        }
        guard data.count <= Self.maximumPayloadBytes else {
            throw GatewayEncodingError("\(self) is \(data.count) bytes; the Gateway accepts at most \(Self.maximumPayloadBytes)")
        }
        return data
    }

    private struct Envelope: Encodable {
        var command: GatewayCommand

        private enum CodingKeys: String, CodingKey { case op, d }
        private enum ResumeKeys: String, CodingKey { case token, seq; case sessionID = "session_id" }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(command.opcode, forKey: .op)
            switch command {
            case .identify(let identify):
                try container.encode(identify, forKey: .d)
            case .resume(let token, let sessionID, let sequence):
                var resume = container.nestedContainer(keyedBy: ResumeKeys.self, forKey: .d)
                try resume.encode(token, forKey: .token)
                try resume.encode(sessionID, forKey: .sessionID)
                try resume.encode(sequence, forKey: .seq)
            case .heartbeat(let sequence):
                try container.encode(sequence, forKey: .d)   // null before the first dispatch
            case .presenceUpdate(let presence):
                try container.encode(presence, forKey: .d)
            case .requestGuildMembers(let request):
                try container.encode(request, forKey: .d)
            }
        }
    }
}

struct GatewayEncodingError: Error, CustomStringConvertible, Equatable {
    var description: String

    init(_ description: String) { self.description = description }
}
