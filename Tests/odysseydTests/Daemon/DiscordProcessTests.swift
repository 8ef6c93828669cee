import AsyncHTTPClient
import Foundation
import NIOCore
import Shared
import Testing
@testable import odysseyd

#if canImport(Glibc)
import Glibc
#endif

/// The newcomer's path through the real binaries: odysseyd connects to the sandbox's gateway,
/// `odysseyctl commands` plans, checks and deploys to the sandbox's guild, and `odysseyctl sandbox
/// interact /ping` gets the bot's answer. A restart resumes the gateway session instead of
/// identifying again.
@Suite("Discord end to end: odysseyd, the sandbox and odysseyctl")
struct DiscordProcessTests {
    func sandboxEnvironment(_ sandbox: DiscordSandbox) async -> [String: String] {
        [
            "DISCORD_TOKEN": SandboxDefaults.token,
            "DISCORD_APPLICATION_ID": SandboxWorld.Demo.applicationID.description,
            "DISCORD_API_BASE_URL": await sandbox.apiBaseURL(),
            "ODYSSEY_AUTO_MIGRATE": "true",
        ]
    }

    /// The id of the initiative tracker message in the demo guild's #general, once posted: the
    /// one with the Next button, whatever language it is in.
    static func trackerMessage(in sandbox: DiscordSandbox) async -> String? {
        await sandbox.world.messages(in: SandboxWorld.Demo.generalChannelID).last { message in
            message["components"]?.arrayValue?.first?["components"]?.arrayValue?.contains {
                $0["custom_id"]?.stringValue?.hasPrefix(InitiativeMessage.nextPrefix + ":") == true
            } == true
        }?["id"]?.stringValue
    }

    func stop(_ daemon: DaemonProcessTests.RunningDaemon) async -> Int32 {
        kill(daemon.process.processIdentifier, SIGTERM)
        return await DaemonProcessTests.waitForExit(daemon.process)
    }

    @Test func commandsDeployAndAnInjectedPingIsAnswered() async throws {
        try await DiscordSandbox.with(DiscordSandboxConfiguration(port: 0), logger: .test) { sandbox in
            try await TestDatabase.with { database, pool in
                let daemon = try await DaemonProcessTests.start(database: database, extraEnvironment: await sandboxEnvironment(sandbox))
                defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
                try await eventually { try await daemon.healthz().body.contains(#""discord":"ready""#) }

                let guild = SandboxWorld.Demo.guildID.description
                let plan = try await daemon.json(CommandPlanReport.self, "commands", "plan", "--guild", guild)
                #expect(plan.changes == ["about", "admin", "character", "init", "mileage", "ping", "roll", "sign-up", "stats"].map { CommandChange(name: $0, action: .add) },
                        "\(plan)")
                let drift = try await daemon.ctl("commands", "check", "--guild", guild)
                #expect(drift.status == OdysseyExitCode.problemsFound.rawValue, "check exits 2 on drift: \(drift)")
                #expect(drift.stdout.contains("/ping"))
                let deployed = try await daemon.json(CommandPlanReport.self, "commands", "deploy", "--guild", guild)
                #expect(deployed.applied && deployed.guildId == guild)
                #expect(try await daemon.ctl("commands", "check", "--guild", guild).status == 0)
                #expect(try await daemon.json(CommandPlanReport.self, "commands", "deploy", "--guild", guild).applied == false)
                #expect(await sandbox.world.requests.filter { $0.method == "PUT" }.count == 1, "one bulk overwrite")

                let answer = try await Shell.runCapturing(TestPaths.executable("odysseyctl"), [
                    "sandbox", "interact", "/ping", "--sandbox", await sandbox.controlURL(), "--json",
                ])
                #expect(answer.status == 0, "\(answer)")
                let outcome = try ControlJSON.decoder.decode(SandboxInteractionOutcome.self, from: Data(answer.stdout.utf8))
                #expect(outcome.acknowledged && !outcome.timedOut, "\(outcome)")
                #expect(outcome.response?.content.hasPrefix("Pong!") == true, "\(outcome)")
                #expect(outcome.ephemeral)

                let text = try await Shell.runCapturing(TestPaths.executable("odysseyctl"), [
                    "sandbox", "interact", "/about", "--sandbox", await sandbox.controlURL(),
                ])
                #expect(text.status == 0 && text.stdout.contains("Odyssey \(OdysseyVersion.current)"), "\(text)")

                // A feature with state and a job: /init join answers, and the daemon's job runner posts the tracker.
                let joined = try await Shell.runCapturing(TestPaths.executable("odysseyctl"), [
                    "sandbox", "interact", "/init join initiative:17", "--sandbox", await sandbox.controlURL(),
                ])
                // The demo guild has no locale set: the default language, whoever joined.
                let joinsWords = Localizer.text(MessageKeys.Initiative.joined, in: .ru)
                    .components(separatedBy: "{name}**")[1].components(separatedBy: "{detail}")[0]
                #expect(joined.status == 0 && joined.stdout.contains(joinsWords), "\(joined)")
                try await eventually { await Self.trackerMessage(in: sandbox) != nil }

                let metrics = try await HTTPClient.shared.get(url: "http://127.0.0.1:\(daemon.httpPort)/metrics").get()
                let exposition = metrics.body.map { String(buffer: $0) } ?? ""
                // Latency appears after the first heartbeat ACK, up to 41 s in: the gateway tests cover it.
                for series in [#"odyssey_gateway_ready{shard="0"} 1"#, #"odyssey_gateway_dispatches_total{event="INTERACTION_CREATE"}"#] {
                    #expect(exposition.contains(series), "/metrics has \(series)")
                }

                let invite = try await daemon.json(InviteReport.self, "invite")
                #expect(invite.url.contains("client_id=\(SandboxWorld.Demo.applicationID)"))
                #expect(invite.features.contains("stage_queue") && !invite.features.contains("faceit"), "faceit starts off: \(invite.features)")

                await sandbox.world.expectRequestsValidAgainstSpec()

                #expect(await stop(daemon) == 0)
                let saved = try await pool.query("SELECT session_id FROM discord_gateway_sessions").rows.count
                #expect(saved == 1, "the session is kept for the next start")

                let gateway = try #require(sandbox.gateway as? SandboxGateway)
                let firstRun = (await gateway.identifies.count, await gateway.resumes.count)
                #expect(firstRun == (1, 0))
                let restarted = try await DaemonProcessTests.start(database: database, extraEnvironment: await sandboxEnvironment(sandbox))
                defer { try? FileManager.default.removeItem(atPath: restarted.directory) }
                try await eventually { try await restarted.healthz().body.contains(#""discord":"ready""#) }
                let identifies = await gateway.identifies.count
                let resumes = await gateway.resumes.map(\.accepted)
                #expect(identifies == 1, "a restart resumes instead of identifying again")
                #expect(resumes == [true])

                // The tracker's buttons outlive the process that posted them.
                let tracker = try #require(await Self.trackerMessage(in: sandbox))
                let started = try await sandbox.injectInteraction(SandboxInteractionRequest(
                    customId: "init-next:\(SandboxWorld.Demo.generalChannelID)", messageId: tracker, userId: String(SandboxWorld.Demo.adaUserID)))
                #expect(started.callbackName == "UPDATE_MESSAGE", "\(started)")
                #expect(started.response?.embeds.first?["title"] == .string(Localizer.text(MessageKeys.Initiative.titleRound, ["round": "1"], in: .ru)))
                #expect(await stop(restarted) == 0)
            }
        }
    }

    @Test func withoutATokenThereIsNoGatewayAndCommandsSaySo() async throws {
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database, extraEnvironment: ["ODYSSEY_AUTO_MIGRATE": "true"])
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            // No gateway does not count against ok (the job system may take a moment to be up).
            try await eventually { try await daemon.healthz().status == 200 }
            #expect(try await daemon.healthz().body.contains(#""discord":"not_ready""#))
            let plan = try await daemon.ctl("commands", "plan")
            #expect(plan.status == OdysseyExitCode.failed.rawValue)
            #expect(plan.stderr.contains("no DISCORD_TOKEN is configured"), "\(plan)")
            let invite = try await daemon.ctl("invite")
            #expect(invite.status == OdysseyExitCode.failed.rawValue && invite.stderr.contains("DISCORD_APPLICATION_ID"), "\(invite)")
            #expect(await stop(daemon) == 0)
        }
    }

    /// Discord's Interactions Endpoint URL on the public HTTP server: mounted once a public key is
    /// configured, refusing a tampered body before anything runs, answering PING and a command.
    @Test func signedInteractionsOverHTTP() async throws {
        let key = try TestSigningKey.generate()
        let publicKey = key.publicKey.map { String(format: "%02x", $0) }.joined()
        try await TestDatabase.with { database, _ in
            let daemon = try await DaemonProcessTests.start(database: database, extraEnvironment: [
                "ODYSSEY_AUTO_MIGRATE": "true", "DISCORD_PUBLIC_KEY": publicKey,
                "DISCORD_APPLICATION_ID": SandboxWorld.Demo.applicationID.description,
            ])
            defer { try? FileManager.default.removeItem(atPath: daemon.directory) }
            func post(_ body: String, signedBody: String? = nil) async throws -> (UInt, String) {
                let timestamp = String(Int(Date().timeIntervalSince1970))
                let signature = try key.sign(Array((timestamp + (signedBody ?? body)).utf8)).map { String(format: "%02x", $0) }.joined()
                var request = HTTPClientRequest(url: "http://127.0.0.1:\(daemon.httpPort)/interactions")
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.headers.add(name: "X-Signature-Ed25519", value: signature)
                request.headers.add(name: "X-Signature-Timestamp", value: timestamp)
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
                return (response.status.code, String(buffer: try await response.body.collect(upTo: 1 << 20)))
            }
            let ping = #"{"id":"1","application_id":"\#(SandboxWorld.Demo.applicationID)","type":1,"token":"t","version":1}"#
            let pong = try await post(ping)
            #expect(pong.0 == 200 && pong.1.replacingOccurrences(of: " ", with: "") == #"{"type":1}"#, "\(pong)")
            let tampered = try await post(ping.replacingOccurrences(of: #""id":"1""#, with: #""id":"2""#), signedBody: ping)
            #expect(tampered.0 == 401)

            let command = #"{"id":"1191168914231525999","application_id":"\#(SandboxWorld.Demo.applicationID)","type":2,"token":"tok","version":1,"guild_id":"\#(SandboxWorld.Demo.guildID)","channel_id":"\#(SandboxWorld.Demo.generalChannelID)","member":{"user":{"id":"1191168914231526000","username":"ada"},"roles":[],"permissions":"2147483648","joined_at":"2026-01-01T00:00:00Z"},"data":{"id":"1191168914231526001","name":"ping","type":1},"locale":"en-US","app_permissions":"0","entitlements":[],"authorizing_integration_owners":{},"context":0}"#
            let answer = try await post(command)
            #expect(answer.0 == 200 && answer.1.contains("Pong!") && answer.1.contains(#""flags":64"#), "an ephemeral reply in the HTTP response: \(answer)")
            #expect(await stop(daemon) == 0)
        }
    }

    @Test func runLocalUsesTheSandboxDemoIDs() throws {
        let script = try String(contentsOfFile: TestPaths.script("run-local"), encoding: .utf8)
        #expect(script.contains("DISCORD_APPLICATION_ID=\(SandboxWorld.Demo.applicationID)"))
        #expect(script.contains("sandbox_guild=\(SandboxWorld.Demo.guildID)"))
        #expect(script.contains("DISCORD_TOKEN=\(SandboxDefaults.token)"))
    }
}
