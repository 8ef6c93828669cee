import Shared

/// A gateway dispatch the sandbox emitted (MESSAGE_CREATE, GUILD_MEMBER_UPDATE…), kept in the
/// world's log for tests and handed to the gateway for connected clients.
struct SandboxEvent: Sendable {
    var name: String
    var data: JSONValue
    var guildID: UInt64?
}
