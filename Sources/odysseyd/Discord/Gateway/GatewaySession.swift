import Foundation

/// What a resume needs: the session from READY, where to reconnect, and the last sequence number
/// received. Codable so the daemon can store it on shutdown and resume after a restart.
/// Source: discord-docs/events/gateway.mdx, "Preparing to Resume" and "Dispatch Events".
///
/// ```swift
/// var session = GatewaySession(ready: ready, sequence: payload.sequence)
/// session.observe(sequence: next.sequence)   // every payload
/// let resume = session.resumeCommand(token: token)   // nil until a sequence is known
/// ```
struct GatewaySession: Codable, Sendable, Equatable {
    var sessionID: String
    var resumeGatewayURL: String
    /// The most recent non-null `s`.
    var sequence: Int?
    /// The shard this session was identified as; a session only resumes on the same shard.
    var shard: GatewayShard?

    init(sessionID: String, resumeGatewayURL: String, sequence: Int? = nil, shard: GatewayShard? = nil) {
        self.sessionID = sessionID
        self.resumeGatewayURL = resumeGatewayURL
        self.sequence = sequence
        self.shard = shard
    }

    init(ready: GatewayReady, sequence: Int?) {
        self.init(sessionID: ready.sessionID, resumeGatewayURL: ready.resumeGatewayURL, sequence: sequence, shard: ready.shard)
    }

    private enum CodingKeys: String, CodingKey {
        case sequence, shard
        case sessionID = "session_id"
        case resumeGatewayURL = "resume_gateway_url"
    }

    /// Discord says to cache "the most recent non-null `s`"; null ones (non-dispatch payloads) are skipped.
    mutating func observe(sequence: Int?) {
        if let sequence { self.sequence = sequence }
    }

    /// The Resume to send, or nil while no sequence number is known (Resume's `seq` is required).
    func resumeCommand(token: String) -> GatewayCommand? {
        guard let sequence else { return nil }
        return .resume(token: token, sessionID: sessionID, sequence: sequence)
    }
}
