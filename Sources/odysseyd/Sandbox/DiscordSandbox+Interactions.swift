import Foundation
import Shared

extension DiscordSandbox {
    /// Injects an interaction as Discord would: builds the INTERACTION_CREATE payload, sends it
    /// through the gateway, then waits (bounded by ``DiscordSandboxConfiguration/interactionTimeout``
    /// or the request's own) until the bot has acknowledged and, if it deferred, edited its
    /// response. Throws ``SandboxInjectionError`` when the request names nothing the world has.
    func injectInteraction(_ request: SandboxInteractionRequest) async throws -> SandboxInteractionOutcome {
        let startedAt = ContinuousClock.now
        let interaction = try await world.prepareInteraction(request)
        let changes = await world.watch(interaction.id)
        await world.emit("INTERACTION_CREATE", interaction.payload, guildID: interaction.guildID)
        await deliver(await world.takeOutbox())
        var timeout = configuration.interactionTimeout
        if let seconds = request.timeoutSeconds, seconds.isFinite, seconds > 0 { timeout = .milliseconds(Int64(min(seconds, 60) * 1000)) }
        let timedOut = await waitUntilSettled(interaction.id, changes: changes, timeout: timeout)
        await world.stopWatching(interaction.id)
        let invocation = request.command ?? request.customId ?? ""
        guard let outcome = await world.outcome(interaction.id, invocation: invocation, startedAt: startedAt, timedOut: timedOut) else {
            throw SandboxInjectionError("The interaction vanished while waiting.", status: 500)
        }
        return outcome
    }

    /// True when the wait ran out. Wakes on each change the REST handlers signal, never polls;
    /// gives up early once the 3 s acknowledgement window has passed without an acknowledgement.
    private func waitUntilSettled(_ id: UInt64, changes: AsyncStream<Void>, timeout: Duration) async -> Bool {
        if await world.isSettled(id) { return false }
        let world = self.world
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await _ in changes where await world.isSettled(id) { return false }
                return true
            }
            group.addTask {
                let window = SandboxInteraction.acknowledgeWindow + .milliseconds(250)
                if timeout > window {
                    try? await Task.sleep(for: window)
                    if Task.isCancelled { return true }
                    if await world.interaction(id)?.state == .pending { return true }
                    try? await Task.sleep(for: timeout - window)
                } else {
                    try? await Task.sleep(for: timeout)
                }
                return true
            }
            let timedOut = await group.next() ?? true
            group.cancelAll()
            return timedOut
        }
    }
}
