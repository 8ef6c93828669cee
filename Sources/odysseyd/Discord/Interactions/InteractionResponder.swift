import Foundation
import Logging

/// Runs routed handlers against Discord's 3-second rule (discord-docs/interactions/
/// receiving-and-responding.mdx, "Responding to an Interaction": the initial response must come
/// within 3 seconds, the token then stays valid for 15 minutes).
///
/// The handler races a budget (1.5 s by default, half the deadline so a slow network still
/// makes it). In time, its reply is the initial response. Late, a deferral goes out at the budget
/// (type 5, ephemeral when the handler declared so; type 6 for components) and the reply edits
/// `@original` once ready — unless the 15-minute token has expired by then.
///
/// ```swift
/// let responder = InteractionResponder(router: router, rest: rest, applicationID: appID,
///                                      now: { Date() }, logger: logger)
/// await responder.respond(to: interaction)   // gateway INTERACTION_CREATE
/// ```
struct InteractionResponder: Sendable {
    /// What to answer first, and whether a handler is still working on the real reply.
    enum Start: Sendable {
        case immediate(InteractionResponse)
        /// The deferral to send now; ``complete(_:)`` edits `@original` when the handler ends.
        case deferred(InteractionResponse, pending: PendingReply)
    }

    /// A handler still running after its deferral went out.
    struct PendingReply: Sendable {
        let interaction: Interaction
        let metadata: Logger.Metadata
        let reply: Task<InteractionResponse, Never>
        var language: Language = .default
    }

    static let defaultBudget: Duration = .milliseconds(1500)
    /// The most each lookup before routing (the guild's language, the feature's switch) may take.
    /// They run before the budget starts, so they are bounded too: a pool busy with slow handlers
    /// must not push the first response past Discord's 3 s. Past it the default language is used
    /// and the feature is let through, as on a database error.
    static let lookupBudget: Duration = .milliseconds(300)
    /// receiving-and-responding.mdx: "Interaction tokens are valid for 15 minutes".
    static let tokenLifetime: TimeInterval = 15 * 60

    let router: InteractionRouter
    let rest: DiscordRESTClient
    /// Used when an interaction omits `application_id`.
    let applicationID: Snowflake
    let budget: Duration
    /// Waits out the budget; tests replace it with a wait they release themselves.
    let sleep: @Sendable (Duration) async throws -> Void
    let now: @Sendable () -> Date
    /// Counts slash commands that reach their handler; nil counts nothing.
    let usage: CommandUsageRecorder?
    /// Refuses interactions of a feature switched off in their guild; nil lets everything through.
    let features: FeatureFlags?
    /// The guild's language for every text the responder and handlers write; nil answers guilds in the default (ru).
    let languages: LanguageResolver?
    let logger: Logger

    init(router: InteractionRouter, rest: DiscordRESTClient, applicationID: Snowflake,
         budget: Duration = InteractionResponder.defaultBudget,
         sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
         now: @escaping @Sendable () -> Date, usage: CommandUsageRecorder? = nil, features: FeatureFlags? = nil,
         languages: LanguageResolver? = nil, logger: Logger) {
        self.router = router
        self.rest = rest
        self.applicationID = applicationID
        self.budget = budget
        self.sleep = sleep
        self.now = now
        self.usage = usage
        self.features = features
        self.languages = languages
        self.logger = logger
    }

    // MARK: Entry points

    /// Gateway path: every response goes through the callback endpoint; returns when the reply is delivered or dropped.
    func respond(to interaction: Interaction) async {
        switch await start(interaction) {
        case .immediate(let response):
            await sendCallback(response, for: interaction)
        case .deferred(let deferral, let pending):
            // Without an accepted deferral there is no @original to edit.
            guard await sendCallback(deferral, for: interaction) else { return }
            await complete(pending)
        }
    }

    /// Routes the interaction and races its handler against the budget. The HTTP path returns the
    /// result as its response body; the gateway path POSTs it.
    func start(_ interaction: Interaction) async -> Start {
        var metadata: Logger.Metadata = ["interaction_id": "\(interaction.id)"]
        if let guild = interaction.guildID { metadata["guild_id"] = "\(guild)" }
        if let user = interaction.invokingUser { metadata["user_id"] = "\(user.id)" }

        // Resolved before routing: refusals need it too, and `decide` is synchronous.
        let languages = self.languages
        let resolved: Language?? = await Deadline.race(timeout: Self.lookupBudget) { await languages?.language(for: interaction) }
        let language = (resolved ?? nil) ?? LanguageResolver.offline(interaction)
        switch router.decide(interaction, language: language) {
        case .refuse(let reply, let reason):
            return await LogContext.withMetadata(metadata) {
                logger.info("interaction refused", metadata: ["reason": "\(reason)"])
                return .immediate(Self.initialResponse(for: reply, interaction: interaction, options: nil, language: language,
                                                       logger: logger))
            }
        case .run(let route, let action):
            metadata["feature"] = "\(route.options.feature)"
            metadata["action"] = "\(action)"
            if let refusal = await featureRefusal(route.options.feature, interaction: interaction, language: language) {
                return await LogContext.withMetadata(metadata) {
                    logger.info("interaction refused", metadata: ["reason": "feature switched off"])
                    return .immediate(Self.initialResponse(for: refusal, interaction: interaction, options: nil, language: language,
                                                           logger: logger))
                }
            }
            // Only a use of a command counts: autocomplete is typing, components and modals are
            // follow-ups of a use already counted. The recorder only buffers, so this stays fast.
            if interaction.type == .applicationCommand, let usage {
                await usage.record(interaction, command: action)
            }
            return await LogContext.withMetadata(metadata) {
                await race(route, action: action, interaction: interaction, language: language, metadata: metadata)
            }
        }
    }

    /// The answer for a feature switched off in the interaction's guild, nil when it is on (or
    /// its state cannot be read: a database hiccup should not switch every feature off).
    private func featureRefusal(_ feature: String, interaction: Interaction, language: Language) async -> InteractionReply? {
        guard let features else { return nil }
        let guild = interaction.guildID
        let enabled = await Deadline.race(timeout: Self.lookupBudget) { () -> Result<Bool, any Error> in
            do { return .success(try await features.isEnabled(feature, guild: guild)) } catch { return .failure(error) }
        }
        switch enabled {
        case nil:
            logger.warning("feature flags too slow to read; letting the interaction through")
            return nil
        case .failure(let error)?:
            logger.warning("cannot read feature flags; letting the interaction through", metadata: ["error": "\(error)"])
            return nil
        case .success(true)?:
            return nil
        case .success(false)?:
            break
        }
        if interaction.type == .applicationCommandAutocomplete { return .autocomplete([]) }
        let summary = FeatureCatalog.feature(named: feature)?.summary(in: language) ?? feature
        return .ephemeral(Localizer.text(MessageKeys.Interaction.featureOff, ["feature": summary], in: language))
    }

    /// Delivers a late reply by editing `@original`, or drops it when the token has expired.
    func complete(_ pending: PendingReply) async {
        let final = await pending.reply.value
        await LogContext.withMetadata(pending.metadata) {
            guard let payload = Self.editPayload(for: final, language: pending.language, logger: logger) else { return }
            let age = now().timeIntervalSince(pending.interaction.id.timestamp)
            guard age <= Self.tokenLifetime else {
                logger.warning("reply dropped: interaction token expired", metadata: ["age_seconds": "\(Int(age))"])
                return
            }
            do {
                _ = try await rest.editOriginalInteractionResponse(
                    applicationID: pending.interaction.applicationID ?? applicationID,
                    token: pending.interaction.token, payload: payload)
            } catch {
                logger.error("editing @original failed", metadata: ["error": "\(error)"])
            }
        }
    }

    // MARK: Racing

    private enum Signal: Sendable {
        case finished(InteractionResponse)
        case budgetElapsed
    }

    private func race(_ route: InteractionRouter.Route, action: String, interaction: Interaction, language: Language,
                      metadata: Logger.Metadata) async -> Start {
        let followUps = InteractionFollowUps(interaction: interaction, fallbackApplicationID: applicationID, rest: rest, now: now)
        let context = InteractionContext(interaction: interaction, feature: route.options.feature, action: action,
                                         followUps: followUps, logger: logger, language: language)
        let (signals, continuation) = AsyncStream<Signal>.makeStream()
        // Unstructured on purpose: the handler must outlive this call when it runs late.
        let work = Task { [logger] in
            let response = await LogContext.withMetadata(metadata) {
                await Self.run(route, context: context, logger: logger)
            }
            continuation.yield(.finished(response))
            return response
        }
        let timer = Task { [sleep, budget] in
            do {
                try await sleep(budget)
                continuation.yield(.budgetElapsed)
            } catch {
                // Cancelled: the handler won.
            }
        }
        var iterator = signals.makeAsyncIterator()
        let first = await iterator.next()
        timer.cancel()
        continuation.finish()

        if case .finished(let response)? = first {
            return .immediate(response)
        }
        logger.info("handler over budget, deferring", metadata: ["budget": "\(budget)"])
        return .deferred(Self.deferral(for: interaction, options: route.options),
                         pending: PendingReply(interaction: interaction, metadata: metadata, reply: work, language: language))
    }

    private static func run(_ route: InteractionRouter.Route, context: InteractionContext, logger: Logger) async -> InteractionResponse {
        do {
            let reply = try await route.handler(context)
            return initialResponse(for: reply, interaction: context.interaction, options: route.options,
                                   language: context.language, logger: logger)
        } catch {
            logger.error("interaction handler failed", metadata: ["error": "\(error)"])
            return errorResponse(for: context.interaction, language: context.language)
        }
    }

    // MARK: Mapping replies to Discord responses

    /// The response sent at the budget. Autocomplete cannot be deferred (only type 8 answers it),
    /// so it gets an empty list and the late choices are dropped.
    static func deferral(for interaction: Interaction, options: InteractionHandlerOptions) -> InteractionResponse {
        switch interaction.type {
        case .applicationCommandAutocomplete: .autocomplete([])
        case .messageComponent: .deferredUpdate
        default: .deferredMessage(ephemeral: options.isEphemeral(interaction))
        }
    }

    /// `reply` as an initial response to `interaction`, checked against Discord's limits so a
    /// handler's oversize reply becomes the generic error rather than a rejected callback.
    static func initialResponse(for reply: InteractionReply, interaction: Interaction,
                                options: InteractionHandlerOptions?, language: Language = .default,
                                logger: Logger) -> InteractionResponse {
        let isAutocomplete = interaction.type == .applicationCommandAutocomplete
        let fromComponent = interaction.type == .messageComponent
            || (interaction.type == .modalSubmit && interaction.message != nil)
        let response: InteractionResponse
        switch reply {
        case .autocomplete(let choices) where isAutocomplete:
            response = .autocomplete(choices)
        case _ where isAutocomplete:
            logger.error("autocomplete handler returned something other than choices")
            return .autocomplete([])
        case .message(var payload, let ephemeral):
            if ephemeral || options?.isEphemeral(interaction) == true {
                payload.flags = (payload.flags ?? []).union(.ephemeral)
            }
            response = .message(payload)
        case .update(let payload):
            // Only a component's message can be updated (type 7); elsewhere it is a new message.
            response = fromComponent ? .updateMessage(payload) : .message(payload)
        case .modal(let modal):
            response = .modal(modal)
        case .autocomplete:
            logger.error("non-autocomplete handler returned choices")
            return errorResponse(for: interaction, language: language)
        case .none:
            response = fromComponent ? .deferredUpdate : .message(MessagePayload(content: Localizer.text(MessageKeys.Interaction.done, in: language),
                                                                                       flags: .ephemeral))
        }
        let violations = RequestLimits.violations(in: response)
        guard violations.isEmpty else {
            logger.error("handler reply exceeds Discord's limits", metadata: ["violations": "\(violations)"])
            return errorResponse(for: interaction, language: language)
        }
        return response
    }

    /// Shown for any handler failure, in the interaction's language; the error itself goes to the logs only.
    static func errorResponse(for interaction: Interaction, language: Language = .default) -> InteractionResponse {
        interaction.type == .applicationCommandAutocomplete
            ? .autocomplete([])
            : .message(MessagePayload(content: Localizer.text(MessageKeys.Interaction.genericError, in: language), flags: .ephemeral))
    }

    /// The body of the `@original` edit that delivers a late response, nil when there is nothing to deliver.
    static func editPayload(for response: InteractionResponse, language: Language = .default, logger: Logger) -> MessagePayload? {
        switch response {
        case .message(var payload):
            // Ephemerality is fixed by the deferral; an edit cannot change it.
            if let flags = payload.flags {
                let rest = flags.subtracting(.ephemeral)
                payload.flags = rest.isEmpty ? nil : rest
            }
            return payload
        case .updateMessage(let payload):
            return payload
        case .modal:
            // receiving-and-responding.mdx: a modal must be the first response; too late now.
            logger.error("handler returned a modal after the deferral; modals cannot follow one")
            return MessagePayload(content: Localizer.text(MessageKeys.Interaction.genericError, in: language))
        case .pong, .deferredMessage, .deferredUpdate, .autocomplete:
            return nil
        }
    }

    // MARK: Sending

    @discardableResult
    private func sendCallback(_ response: InteractionResponse, for interaction: Interaction) async -> Bool {
        do {
            try await rest.createInteractionResponse(id: interaction.id, token: interaction.token, response: response)
            return true
        } catch {
            logger.error("interaction callback failed", metadata: ["error": "\(error)", "type": "\(response.type.rawValue)"])
            return false
        }
    }
}
