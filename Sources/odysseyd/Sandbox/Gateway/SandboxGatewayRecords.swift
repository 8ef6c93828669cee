/// What the sandbox's gateway received, kept for assertions.
enum SandboxGatewayRecords {
    struct Identify: Sendable, Equatable {
        var path: String
        var shard: GatewayShard?
        var intents: Int?
        var tokenAccepted: Bool
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
