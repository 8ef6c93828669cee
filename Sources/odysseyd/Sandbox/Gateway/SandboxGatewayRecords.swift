/// What the sandbox's gateway received, kept for assertions.
enum SandboxGatewayRecords {
    struct Identify: Sendable, Equatable {
        var path: String
        var shard: GatewayShard?
        var intents: Int?
        var tokenAccepted: Bool
        /// When the sandbox read it, for tests that check the spacing the identify queue keeps.
        var receivedAt = ContinuousClock.now
    }

    struct Resume: Sendable, Equatable {
        var path: String
        var sessionID: String
        var sequence: Int
        var accepted: Bool
    }

    struct Heartbeat: Sendable, Equatable {
        var path: String
        var sequence: Int?
    }
}
