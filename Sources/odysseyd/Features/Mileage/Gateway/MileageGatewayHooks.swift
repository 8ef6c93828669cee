import Foundation
import Logging
import ServiceLifecycle

/// Turns gateway events into mileage: a member's message, a reaction (not on their own
/// message), voice minutes, and a slash command used. Bots never earn. Each event's source is
/// its Discord id (message id, `message:emoji:user`, interaction id), so events the gateway
/// delivers again after a resume count once.
///
/// The gateway's read loop only ``submit(_:)``s into an inbox, so it never waits on PostgreSQL;
/// as a service the hooks drain the inbox (to the end on graceful shutdown, so run them after
/// the pool and before the gateway in the service list) and tick the voice tracker every minute.
/// Awards that fail are logged, never thrown at the gateway.
///
/// ```swift
/// let hooks = MileageGatewayHooks(engine: engine, logger: logger)
/// let router = DiscordEventRouter(cache: cache, onMessage: { hooks.submit(.message($0)) },
///                                 onReaction: { hooks.submit(.reaction($0)) },
///                                 onVoiceState: { hooks.submit(.voiceState($0)) }, logger: logger) { … }
/// ```
struct MileageGatewayHooks: Service {
    /// A gateway event waiting to be awarded.
    enum Input: Sendable {
        case message(Message)
        case reaction(MessageReactionAdd)
        case voiceState(VoiceState)
        case command(Interaction)
    }

    let engine: MileageEngine
    let voice: MileageVoiceTracker
    let now: @Sendable () -> Date
    let tickInterval: Duration
    let logger: Logger
    private let inbox: AsyncStream<Input>
    private let inboxInput: AsyncStream<Input>.Continuation

    init(engine: MileageEngine, voice: MileageVoiceTracker = MileageVoiceTracker(), now: @escaping @Sendable () -> Date = { Date() },
         tickInterval: Duration = .seconds(60), logger: Logger) {
        self.engine = engine
        self.voice = voice
        self.now = now
        self.tickInterval = tickInterval
        self.logger = logger
        (inbox, inboxInput) = AsyncStream<Input>.makeStream()
    }

    /// Hands an event to ``run()``; returns at once.
    func submit(_ input: Input) {
        inboxInput.yield(input)
    }

    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await Ticker.every(tickInterval) { await tickVoice() } }
            await withGracefulShutdownHandler {
                // Ends once the inbox is finished and drained: nothing submitted before shutdown is dropped.
                for await input in inbox { await handle(input) }
            } onGracefulShutdown: { [inboxInput] in
                inboxInput.finish()
            }
        }
        // Whoever is still in voice gets the minutes so far.
        await tickVoice()
    }

    func handle(_ input: Input) async {
        switch input {
        case .message(let message): await messageCreated(message)
        case .reaction(let reaction): await reactionAdded(reaction)
        case .voiceState(let state): await voiceStateChanged(state)
        case .command(let interaction): await commandUsed(interaction)
        }
    }

    @discardableResult
    func messageCreated(_ message: Message) async -> MileageAward? {
        guard let guild = message.guildID, let author = message.author, message.webhookID == nil else { return nil }
        return await award(MileageEvent(guildID: guild, userID: author.id, type: .messageSent, sourceID: message.id.description,
                                        occurredAt: message.id.timestamp, userIsBot: author.bot == true || author.system == true))
    }

    @discardableResult
    func reactionAdded(_ reaction: MessageReactionAdd) async -> MileageAward? {
        // Reacting to yourself is the cheapest farm there is.
        guard let guild = reaction.guildID, reaction.messageAuthorID != reaction.userID else { return nil }
        return await award(MileageEvent(guildID: guild, userID: reaction.userID, type: .reactionAdded, sourceID: reaction.sourceID,
                                        occurredAt: now(), userIsBot: reaction.member?.user?.bot == true))
    }

    @discardableResult
    func voiceStateChanged(_ state: VoiceState) async -> [MileageAward] {
        var awards: [MileageAward] = []
        for event in await voice.stateChanged(state, at: now()) {
            if let award = await award(event) { awards.append(award) }
        }
        return awards
    }

    @discardableResult
    func tickVoice() async -> [MileageAward] {
        var awards: [MileageAward] = []
        for event in await voice.tick(at: now()) {
            if let award = await award(event) { awards.append(award) }
        }
        return awards
    }

    /// A slash command that reached its handler (the gateway path calls this after responding).
    @discardableResult
    func commandUsed(_ interaction: Interaction) async -> MileageAward? {
        guard interaction.type == .applicationCommand, let guild = interaction.guildID, let user = interaction.invokingUser else { return nil }
        return await award(MileageEvent(guildID: guild, userID: user.id, type: .commandUsed, sourceID: interaction.id.description,
                                        occurredAt: interaction.id.timestamp, userIsBot: user.bot == true))
    }

    private func award(_ event: MileageEvent) async -> MileageAward? {
        do {
            return try await engine.award(event)
        } catch {
            logger.warning("mileage award failed", metadata: [
                "feature": "mileage", "guild_id": "\(event.guildID)", "user_id": "\(event.userID)",
                "action": "\(event.type.rawValue)", "error": "\(error)",
            ])
            return nil
        }
    }
}
