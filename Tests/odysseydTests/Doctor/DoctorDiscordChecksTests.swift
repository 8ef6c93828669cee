import Foundation
import Shared
import Testing
@testable import odysseyd

/// The checks that ask Discord, against the sandbox (and a real PostgreSQL for the settings).
@Suite("Doctor Discord checks")
struct DoctorDiscordChecksTests {
    typealias Demo = SandboxWorld.Demo

    @Test func tokenAcceptedOrRejected() async throws {
        try await SandboxHarness.with { harness in
            let valid = await DiscordTokenCheck(rest: harness.client).run()
            #expect(valid.status == .ok)
            #expect(valid.summary.contains("Odyssey"))
            let wrong = await harness.makeClient(token: "not-the-token")
            let rejected = await DiscordTokenCheck(rest: wrong).run()
            await wrong.shutdown()
            #expect(rejected.status == .failure)
            #expect(rejected.summary.contains("401"))
            #expect(await DiscordTokenCheck(rest: nil).run().status == .failure)
        }
    }

    @Test func gatewayStates() async {
        #expect(await GatewayCheck(board: GatewayStatusBoard(), configured: false).run().status == .warning)
        let board = GatewayStatusBoard()
        await board.register([GatewayShard(id: 0, count: 1)])
        #expect(await GatewayCheck(board: board, configured: true).run().status == .warning, "connecting")
        await board.set(.ready, shard: 0)
        #expect(await GatewayCheck(board: board, configured: true).run().status == .ok)
        await board.set(.stopped(reason: "4004 authentication failed: the token is wrong"), shard: 0)
        let stopped = await GatewayCheck(board: board, configured: true).run()
        #expect(stopped.status == .failure)
        #expect(stopped.details.contains { $0.contains("4004") })
    }

    /// The permissions check on the demo guild, with a seeded database.
    func withPermissions(_ body: (SandboxHarness, PostgresPool, PermissionsCheck) async throws -> Void) async throws {
        try await DoctorDatabase.with { pool in
            try await SandboxHarness.with { harness in
                let check = PermissionsCheck(rest: harness.client, database: pool, features: FeatureFlags(database: pool),
                                             guilds: DoctorGuilds(database: pool, connected: { [Snowflake(Demo.guildID)] }),
                                             schemaReady: { true })
                try await body(harness, pool, check)
            }
        }
    }

    @Test func enabledFeaturesNeedTheirPermissions() async throws {
        try await withPermissions { harness, pool, check in
            // The demo bot role has neither Pin Messages (monthly_hall) nor Attach Files (public_posts).
            let seeded = await check.run()
            #expect(seeded.status == .failure)
            #expect(seeded.details.contains { $0.contains("Attach Files (public_posts)") && $0.contains("Pin Messages (monthly_hall)") })
            try await DoctorDatabase.set(["monthly_hall", "public_posts"], enabled: false, on: pool)
            let covered = await check.run()
            #expect(covered.status == .ok, "\(covered)")

            // Manage Roles taken away: mileage cannot grant its tiers.
            await harness.world.editGuild(Demo.guildID) { guild in
                if let index = guild.roles.firstIndex(where: { $0.id == Demo.botRoleID }) { guild.roles[index].permissions &= ~(1 << 28) }
            }
            let noManageRoles = await check.run()
            #expect(noManageRoles.status == .failure)
            #expect(noManageRoles.details.contains { $0.contains("Manage Roles (mileage)") })
        }
    }

    @Test func tierRolesMustBeBelowTheBotsRole() async throws {
        try await withPermissions { _, pool, check in
            try await DoctorDatabase.set(["monthly_hall", "public_posts"], enabled: false, on: pool)
            _ = try await pool.query("INSERT INTO mileage_tiers (guild_id, threshold, role_id, created_at) VALUES ($1, 100, $2, now())",
                                     [Snowflake(Demo.guildID), Snowflake(Demo.memberRoleID)])
            #expect(await check.run().status == .ok, "Member (position 1) is below the bot's role (2)")
            _ = try await pool.query("INSERT INTO mileage_tiers (guild_id, threshold, role_id, created_at) VALUES ($1, 500, $2, now())",
                                     [Snowflake(Demo.guildID), Snowflake(Demo.moderatorRoleID)])
            let above = await check.run()
            #expect(above.status == .failure)
            #expect(above.details.contains { $0.contains("tier role Moderator") && $0.contains("move the bot's role above it") })
        }
    }

    @Test func configuredChannelsMustExistAndAllowTheBot() async throws {
        try await withPermissions { _, pool, check in
            try await DoctorDatabase.set(["monthly_hall", "public_posts"], enabled: false, on: pool)
            _ = try await pool.query("""
                INSERT INTO stage_queue_settings (guild_id, sign_up_channel_id, stage_channel_id, updated_at) VALUES ($1, $2, $3, now())
                """, [Snowflake(Demo.guildID), Snowflake(Demo.signUpChannelID), Snowflake(Demo.stageChannelID)])
            #expect(await check.run().status == .ok)
            _ = try await pool.query("UPDATE stage_queue_settings SET sign_up_channel_id = 999")
            let gone = await check.run()
            #expect(gone.status == .failure)
            #expect(gone.details.contains { $0.contains("sign-up channel 999 no longer exists") })
        }
    }

    @Test func aGuildTheBotIsNotInFails() async throws {
        try await withPermissions { _, pool, check in
            _ = try await pool.query("INSERT INTO mileage_guild_settings (guild_id, updated_at) VALUES (12345, now())")
            let result = await check.run()
            #expect(result.details.contains { $0.hasPrefix("guild 12345:") })
            #expect(result.status == .failure)
        }
    }
}
