import Foundation
import Shared
import Testing
@testable import odysseyd

/// The real gateway client against the sandbox's gateway server over loopback.
@Suite("GatewayConnectionTests", .timeLimit(.minutes(2)))
struct GatewayConnectionTests {
    static let guildID: UInt64 = 41_771_983_423_143_937

    @Test("identify, READY and GUILD_CREATE fill the cache; heartbeats are acknowledged")
    func identifyReadyAndGuildCreate() async throws {
        let configuration = GatewayHarness.configuration(heartbeat: .milliseconds(300), guilds: [GatewayFixtures.guild(id: Self.guildID)])
        try await GatewayHarness.with(configuration) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                let created = run.dispatches.stream()
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                _ = try await firstElement(of: created) { $0.event == "GUILD_CREATE" }
                let guild = try #require(await run.router.cache.guild(Snowflake(Self.guildID)))
                #expect(guild.channels.count == 3)
                #expect(guild.roles.count == 2)
                #expect(guild.members.count == 4)
                #expect(guild.voiceStates.count == 1)
                let ready = try await run.waitForShard { $0.state == .ready }
                #expect(ready.sessionID != nil)
                // Two heartbeats in: the ACK of the first one measured a latency.
                _ = try await firstElement(of: events) { if case .heartbeat = $0 { true } else { false } }
                _ = try await firstElement(of: events) { if case .heartbeat = $0 { true } else { false } }
                #expect(await run.board.status(shard: 0)?.latency != nil)
                let identify = try #require(await harness.gateway.identifies.first)
                #expect(identify.tokenAccepted)
                #expect(identify.shard == GatewayShard(id: 0, count: 1))
                #expect(identify.path == SandboxGateway.path)
            }
        }
    }

    @Test("Reconnect (op 7) resumes on resume_gateway_url")
    func resumeAfterReconnect() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.dispatch("TYPING_START", .object(["channel_id": .string("1")]), guildID: nil)
                await harness.gateway.requestReconnect()
                let resumed = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                guard case .resumed(_, _, let path) = resumed else { return }
                #expect(path == SandboxGateway.resumePath)
                let resume = try #require(await harness.gateway.resumes.first)
                #expect(resume.accepted)
                #expect(resume.sequence >= 2)
                #expect(await harness.gateway.identifies.count == 1)
                _ = try await run.waitForShard { $0.state == .ready && $0.lastDisconnect?.contains("op 7") == true }
            }
        }
    }

    @Test("a dropped connection resumes and gets the dispatches it missed")
    func resumeAfterDrop() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                let dispatches = run.dispatches.stream()
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.dropConnections()
                // Queued behind the drop, so never written to the old connection: replayed on Resume.
                await harness.gateway.dispatch("CHANNEL_PINS_UPDATE", .object(["channel_id": .string("7")]), guildID: nil)
                let resumed = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                #expect(resumed == .resumed(sessionID: try #require(await harness.gateway.sessionIDs.first), replayed: 1, path: SandboxGateway.resumePath))
                _ = try await firstElement(of: dispatches) { $0.event == "CHANNEL_PINS_UPDATE" }
                _ = try await firstElement(of: dispatches) { $0.event == "RESUMED" }
                #expect(await harness.gateway.identifies.count == 1)
            }
        }
    }

    @Test("Invalid Session resumable: the client resumes")
    func invalidSessionResumable() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.invalidateSessions(resumable: true)
                _ = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                #expect(await harness.gateway.identifies.count == 1)
            }
        }
    }

    @Test("Invalid Session not resumable: the client identifies again")
    func invalidSessionNotResumable() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                await harness.gateway.invalidateSessions(resumable: false)
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                // max_concurrency 1: the Identify queue holds the second Identify until 5 s after the
                // first was sent; without it, it could come after the 1 s Invalid Session wait.
                // Measured where the sandbox read them (the slack is for reading delays).
                let identifies = await harness.gateway.identifies
                #expect(identifies.count == 2)
                if identifies.count == 2 {
                    #expect(identifies[1].receivedAt - identifies[0].receivedAt >= IdentifyQueue.concurrencyWindow - .milliseconds(1500))
                }
                #expect(await harness.gateway.resumes.isEmpty)
            }
        }
    }

    @Test("a fatal close code stops the shard with its explanation and no reconnect", arguments: [4004, 4010, 4011, 4012, 4013, 4014] as [UInt16])
    func fatalCloseStops(code: UInt16) async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            let intents: GatewayIntents = [.guilds, .guildMembers]
            try await harness.runService(intents: intents) { run in
                _ = try await firstElement(of: events) { if case .identified = $0 { true } else { false } }
                await harness.gateway.close(code: code)
                let stopped = try await run.waitForShard { $0.state.isStopped }
                let expected = GatewayStopped(code: GatewayCloseCode(rawValue: code), intents: intents).description
                #expect(stopped.state == .stopped(reason: expected))
                #expect(stopped.lastCloseCode == GatewayCloseCode(rawValue: code))
                if code == 4014 { #expect(expected.contains("GUILD_MEMBERS")) }
                #expect(await run.board.stopReasons[0] == expected)
                // The runner has returned: the server sees the one connection end, and no other comes.
                _ = try await firstElement(of: events) { if case .closedByClient = $0 { true } else { false } }
                #expect(await harness.gateway.openConnections == 0)
                #expect(await harness.gateway.identifies.count == 1)
            }
        }
    }

    @Test("a wrong token is refused with 4004 and the shard stops")
    func wrongToken() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            try await harness.runService(token: "not-the-token") { run in
                let stopped = try await run.waitForShard { $0.state.isStopped }
                #expect(stopped.state == .stopped(reason: GatewayStopped(code: .authenticationFailed).description))
                #expect(await harness.gateway.identifies.map(\.tokenAccepted) == [false])
            }
        }
    }

    @Test("a non-fatal close (4000) reconnects and resumes")
    func nonFatalCloseResumes() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.close(code: 4000)
                _ = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                let status = try await run.waitForShard { $0.state == .ready && $0.reconnects == 1 }
                #expect(status.lastCloseCode == .unknownError)
            }
        }
    }

    @Test("withheld heartbeat ACKs: the client closes with a resumable code and resumes")
    func zombieConnectionResumes() async throws {
        // Short enough to keep the test quick, long enough that a loaded two-core machine still
        // gets each ACK in time once they flow again (at 150 ms the shard could zombie-loop).
        try await GatewayHarness.with(GatewayHarness.configuration(heartbeat: .milliseconds(500))) { harness in
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                // Watch from here: a busy machine can delay an ACK past the short interval while
                // connecting, and those closes are not the ones this test causes.
                let events = await harness.gateway.events()
                await harness.gateway.setAcknowledgesHeartbeats(false)
                _ = try await firstElement(of: events) { if case .closedByClient = $0 { true } else { false } }
                await harness.gateway.setAcknowledgesHeartbeats(true)
                _ = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                let status = try await run.waitForShard { $0.state == .ready && $0.reconnects >= 1 }
                #expect(status.lastCloseCode == .resumable)
                #expect(status.lastDisconnect == GatewayStatusBoard.describe(.zombie))
            }
        }
    }

    @Test("a message split over several frames is inflated whole")
    func fragmentedCompressedMessage() async throws {
        let big = GatewayFixtures.guild(id: Self.guildID, members: 60, padding: 40)
        try await GatewayHarness.with(GatewayHarness.configuration(guilds: [big])) { harness in
            await harness.gateway.setFragmentSize(97)
            try await harness.runService { run in
                _ = try await firstElement(of: run.dispatches.stream()) { $0.event == "GUILD_CREATE" }
                #expect(await run.router.cache.guild(Snowflake(Self.guildID))?.members.count == 60)
            }
        }
    }

    @Test("a corrupt zlib stream closes the connection and resumes on a new one")
    func corruptStreamResumes() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.sendCorruptCompressedData()
                _ = try await firstElement(of: events) { if case .resumed = $0 { true } else { false } }
                let status = try await run.waitForShard { $0.state == .ready && $0.reconnects == 1 }
                #expect(status.lastCloseCode == .resumable)
                #expect(status.lastDisconnect?.contains("corrupt") == true)
            }
        }
    }

    @Test("without transport compression the JSON arrives as text")
    func plainText() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration(guilds: [GatewayFixtures.guild(id: Self.guildID)])) { harness in
            let events = await harness.gateway.events()
            try await harness.runService(compress: false) { run in
                let connected = try await firstElement(of: events) { if case .connected = $0 { true } else { false } }
                #expect(connected == .connected(path: SandboxGateway.path, compressed: false))
                _ = try await firstElement(of: run.dispatches.stream()) { $0.event == "GUILD_CREATE" }
                #expect(await run.router.cache.guildCount == 1)
            }
        }
    }

    @Test("commands from the daemon go out on the shard's connection")
    func presenceUpdate() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            let events = await harness.gateway.events()
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                #expect(run.service.send(.presenceUpdate(GatewayPresence(status: .idle)), shard: 0))
                let command = try await firstElement(of: events) { if case .command = $0 { true } else { false } }
                #expect(command == .command(opcode: 3))
                #expect(run.service.send(.presenceUpdate(GatewayPresence(status: .idle)), shard: 5) == false)
            }
        }
    }

    @Test("INTERACTION_CREATE reaches onInteraction")
    func interactionCreate() async throws {
        try await GatewayHarness.with(GatewayHarness.configuration()) { harness in
            try await harness.runService { run in
                _ = try await run.waitForShard { $0.state == .ready }
                await harness.gateway.dispatch("INTERACTION_CREATE", GatewayFixtures.interaction(guildID: Self.guildID), guildID: Self.guildID)
                let interaction = try await firstElement(of: run.interactions) { _ in true }
                #expect(interaction.id == Snowflake(1_100_000_000_000_000_001))
                #expect(interaction.guildID == Snowflake(Self.guildID))
                guard case .command(let command)? = interaction.data else {
                    Issue.record("expected a command, got \(String(describing: interaction.data))")
                    return
                }
                #expect(command.name == "ping")
            }
        }
    }
}
