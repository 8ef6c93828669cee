import Foundation
import Shared
import Testing
@testable import odysseyd

/// The checks that read only PostgreSQL, each seen failing and passing against a real server.
@Suite("Doctor database checks")
struct DoctorDatabaseChecksTests {
    @Test func migrationsPendingFailThenPass() async throws {
        try await TestDatabase.with { _, pool in
            let migrator = try DoctorDatabase.migrator(pool)
            let pending = await MigrationsCheck(migrator: migrator).run()
            #expect(pending.status == .failure)
            #expect(pending.details.contains("0001_foundation.sql"))
            #expect(pending.fix == "Run `odysseyctl migrate`")
            _ = try await migrator.apply()
            #expect(await MigrationsCheck(migrator: migrator).run().status == .ok)
        }
    }

    @Test func setupRowsMissingFailThenSeededPass() async throws {
        try await DoctorDatabase.with(seeded: false) { pool in
            let missing = await SetupCheck(database: pool, schemaReady: { true }).run()
            #expect(missing.status == .failure)
            #expect(missing.details.contains { $0.contains("default_locale") })
            #expect(missing.fix == "Run `odysseyctl seed`")
            #expect(await SetupCheck(database: pool, schemaReady: { false }).run() == .schemaNotReady(in: .en))
            _ = try await Seeder(database: pool, logger: .test).seed()
            #expect(await SetupCheck(database: pool, schemaReady: { true }).run().status == .ok)
        }
    }

    @Test func schedulesAgainstFeatures() async throws {
        try await DoctorDatabase.with { pool in
            let check = SchedulesCheck(database: pool, features: FeatureFlags(database: pool), schemaReady: { true })
            let seeded = await check.run()
            #expect(seeded.status == .ok, "\(seeded)")

            // A schedule on for a disabled feature.
            try await DoctorDatabase.set(["raids"], enabled: false, on: pool)
            let raidsOff = await check.run()
            #expect(raidsOff.status == .warning)
            #expect(raidsOff.details.contains("schedule weekly.raid.start is on but feature raids is off"))
            try await DoctorDatabase.set(["raids"], enabled: true, on: pool)

            // A schedule missing.
            _ = try await pool.query("DELETE FROM job_schedules WHERE name = 'weekly.horoscope.publish'")
            let missing = await check.run()
            #expect(missing.status == .warning)
            #expect(missing.details.contains("schedule weekly.horoscope.publish is missing"))
        }
    }

    @Test func stageQueueOnWithoutItsSignUpChannelWarns() async throws {
        try await DoctorDatabase.with { pool in
            let check = FeaturesCheck(database: pool, features: FeatureFlags(database: pool), schemaReady: { true })
            let unset = await check.run()
            #expect(unset.status == .warning)
            #expect(unset.details.contains { $0.contains("stage_queue is on but no guild has run /sign-up setup") })

            _ = try await pool.query("INSERT INTO stage_queue_settings (guild_id, updated_at) VALUES (42, now())")
            let noChannel = await check.run()
            #expect(noChannel.details.contains("guild 42: stage_queue is on without a sign-up channel"))

            // The guild's own switch wins over the global flag.
            _ = try await pool.query("INSERT INTO guild_feature_flags (guild_id, feature, enabled, updated_at) VALUES (42, 'stage_queue', false, now())")
            #expect(await check.run().status == .ok)
            _ = try await pool.query("DELETE FROM guild_feature_flags")

            _ = try await pool.query("UPDATE stage_queue_settings SET sign_up_channel_id = 7 WHERE guild_id = 42")
            #expect(await check.run().status == .ok)

            // Off: its configuration no longer matters.
            _ = try await pool.query("UPDATE stage_queue_settings SET sign_up_channel_id = NULL WHERE guild_id = 42")
            try await DoctorDatabase.set(["stage_queue"], enabled: false, on: pool)
            #expect(await check.run().status == .ok)
        }
    }

    @Test func failedJobsWarn() async throws {
        try await DoctorDatabase.with { pool in
            let check = JobsCheck(inspector: JobInspector(queue: JobQueue(database: pool, handlers: JobHandlers())), schemaReady: { true })
            #expect(await check.run().status == .ok)
            _ = try await pool.query("""
                INSERT INTO jobs_archive (id, name, payload, payload_version, state, priority, attempts, max_attempts, retry_delay_ms,
                                          retry_backoff, expire_after_ms, created_at, run_at, finished_at, last_error, errors)
                VALUES (1, 'duel.refresh', '{}', 1, 'failed', 0, 5, 5, 1000, true, 60000, now(), now(), now(), 'boom', '[]')
                """)
            let failed = await check.run()
            #expect(failed.status == .warning)
            #expect(failed.details.contains("duel.refresh: 1 failed job(s) in the dead letter"))
            #expect(failed.fix?.contains("odysseyctl job retry") == true)
        }
    }

    @Test func backlogWarns() async throws {
        try await DoctorDatabase.with { pool in
            var check = JobsCheck(inspector: JobInspector(queue: JobQueue(database: pool, handlers: JobHandlers())), schemaReady: { true })
            check.backlogThreshold = 60
            _ = try await pool.query("INSERT INTO jobs (name, run_at) VALUES ('dice.initiative.refresh', now() - interval '10 minutes')")
            let result = await check.run()
            #expect(result.status == .warning)
            #expect(result.details.contains { $0.contains("dice.initiative.refresh: 1 job(s) due, the oldest for") })
            #expect(result.details.contains { $0.contains("no handler in this daemon") })
        }
    }

    @Test func failingTierRoleGrantsFail() async throws {
        try await DoctorDatabase.with { pool in
            let store = MileageRoleFailureStore(database: pool)
            let check = MileageRolesCheck(failures: store, schemaReady: { true })
            #expect(await check.run().status == .ok)
            try await store.record(guild: Snowflake(10), user: Snowflake(20), role: Snowflake(30), error: "50013 Missing Permissions", at: Date())
            let failing = await check.run()
            #expect(failing.status == .failure)
            #expect(failing.details.count == 1 && failing.details[0].contains("tier role 30"))
        }
    }
}
