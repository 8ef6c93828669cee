/// What the bot did with an injected interaction: how it acknowledged (callback type and data,
/// how fast), its final answer (`@original` after any edits), follow-ups, and whether the wait
/// ran out first.
///
/// ```swift
/// let outcome = try await sandbox.injectInteraction(request)
/// outcome.response?.content          // "Pong!"
/// outcome.acknowledgedMilliseconds   // 12.5
/// ```
public struct SandboxInteractionOutcome: Codable, Sendable, Equatable {
    public var interactionId: String
    /// "command" or "component".
    public var kind: String
    /// The command line or the custom id.
    public var invocation: String
    public var guildId: String
    public var channelId: String
    public var userId: String
    public var acknowledged: Bool
    public var callbackType: Int?
    /// e.g. "CHANNEL_MESSAGE_WITH_SOURCE", "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE".
    public var callbackName: String?
    public var callbackData: JSONValue?
    /// The bot answered "thinking…" first (type 5 or 6).
    public var deferred: Bool
    public var ephemeral: Bool
    public var acknowledgedMilliseconds: Double?
    public var elapsedMilliseconds: Double
    public var timedOut: Bool
    /// The original response as it ended up.
    public var response: SandboxMessageReport?
    public var followUps: [SandboxMessageReport]
    /// Why the answer is missing or incomplete, in words.
    public var problem: String?

    public init(interactionId: String, kind: String, invocation: String, guildId: String, channelId: String, userId: String,
                acknowledged: Bool, callbackType: Int?, callbackName: String?, callbackData: JSONValue?, deferred: Bool,
                ephemeral: Bool, acknowledgedMilliseconds: Double?, elapsedMilliseconds: Double, timedOut: Bool,
                response: SandboxMessageReport?, followUps: [SandboxMessageReport], problem: String?) {
        self.interactionId = interactionId
        self.kind = kind
        self.invocation = invocation
        self.guildId = guildId
        self.channelId = channelId
        self.userId = userId
        self.acknowledged = acknowledged
        self.callbackType = callbackType
        self.callbackName = callbackName
        self.callbackData = callbackData
        self.deferred = deferred
        self.ephemeral = ephemeral
        self.acknowledgedMilliseconds = acknowledgedMilliseconds
        self.elapsedMilliseconds = elapsedMilliseconds
        self.timedOut = timedOut
        self.response = response
        self.followUps = followUps
        self.problem = problem
    }
}
