/// The bot application the sandbox pretends to be Discord for: its id, bot user and token.
struct SandboxApplication: Sendable {
    var id: UInt64
    var name: String
    var bot: SandboxUser
    /// What `Authorization: Bot <token>` must carry.
    var token: String
}
