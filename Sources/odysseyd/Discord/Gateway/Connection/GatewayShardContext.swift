import Foundation
import Logging

/// What every connection of one shard shares: who it is, how to identify, where to report, and
/// the signal that the daemon is shutting down.
struct GatewayShardContext: Sendable {
    var shard: GatewayShard
    /// Carries the token; its `description` does not.
    var identify: GatewayIdentify
    var identifyGate: IdentifyGate
    var statusBoard: GatewayStatusBoard
    var handler: any GatewayEventHandler
    var sessionStore: any GatewaySessionStore
    var settings: GatewayConnectionSettings
    /// Commands the daemon sends on this shard.
    var outbox: GatewayShardOutbox
    /// Opens when the daemon shuts down: connections close with a resumable code.
    var stopping: Latch
    /// Wall-clock time for `updated_at` of saved sessions.
    var now: @Sendable () -> Date
    var logger: Logger
}
