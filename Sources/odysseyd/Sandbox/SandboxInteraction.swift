import Shared

/// An interaction the sandbox issued, and everything the bot did with it: the callback, edits of
/// `@original`, follow-ups. Discord gives 3 s to acknowledge and 15 min of token life
/// (interactions/receiving-and-responding.mdx).
struct SandboxInteraction: Sendable {
    enum State: String, Sendable {
        case pending, acknowledged, deferred
    }

    var id: UInt64
    var token: String
    var type: Int
    var guildID: UInt64?
    var channelID: UInt64
    /// The message a component is on (type 3).
    var messageID: UInt64?
    var payload: JSONValue
    var createdAt: ContinuousClock.Instant
    var state: State = .pending
    var callbackType: Int?
    var callbackData: JSONValue?
    var acknowledgedAt: ContinuousClock.Instant?
    /// The response message (`@original`): created by a type 4 callback or the first edit after a defer.
    var original: JSONValue?
    var originalDeleted = false
    var originalEdits = 0
    var followUps: [JSONValue] = []

    /// Discord's deadline for the initial response.
    static let acknowledgeWindow: Duration = .seconds(3)
    /// How long the token serves follow-ups and edits.
    static let tokenLifetime: Duration = .seconds(15 * 60)

    /// Whether the bot has given its answer: acknowledged, and if it deferred, edited `@original` since.
    var isSettled: Bool {
        switch state {
        case .pending: false
        case .acknowledged: true
        case .deferred: originalEdits > 0 || !followUps.isEmpty
        }
    }
}
