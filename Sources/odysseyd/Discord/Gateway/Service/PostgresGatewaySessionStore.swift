import Foundation

/// ``GatewaySessionStore`` in `discord_gateway_sessions` (migrations/0003_discord.sql), one row
/// per shard id and shard count: a session from another shard count never resumes.
///
/// ```swift
/// let store = PostgresGatewaySessionStore(database: pool)
/// ```
struct PostgresGatewaySessionStore: GatewaySessionStore {
    let database: any PostgresQuerying

    init(database: any PostgresQuerying) {
        self.database = database
    }

    func load(shard: GatewayShard) async throws -> StoredGatewaySession? {
        let result = try await database.query("""
            SELECT session_id, resume_gateway_url, sequence, updated_at
            FROM discord_gateway_sessions WHERE shard_id = $1 AND shard_count = $2
            """, [shard.id, shard.count])
        guard let row = result.first else { return nil }
        let session = GatewaySession(
            sessionID: try row.decode(column: "session_id"),
            resumeGatewayURL: try row.decode(column: "resume_gateway_url"),
            sequence: Int(try row.decode(Int64.self, column: "sequence")),
            shard: shard
        )
        return StoredGatewaySession(session: session, updatedAt: try row.decode(column: "updated_at"))
    }

    func save(_ session: GatewaySession, shard: GatewayShard, at date: Date) async throws {
        guard let sequence = session.sequence else { return }
        _ = try await database.query("""
            INSERT INTO discord_gateway_sessions (shard_id, shard_count, session_id, resume_gateway_url, sequence, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (shard_id, shard_count) DO UPDATE
            SET session_id = EXCLUDED.session_id, resume_gateway_url = EXCLUDED.resume_gateway_url,
                sequence = EXCLUDED.sequence, updated_at = EXCLUDED.updated_at
            """, [shard.id, shard.count, session.sessionID, session.resumeGatewayURL, Int64(sequence), date])
    }

    func delete(shard: GatewayShard) async throws {
        _ = try await database.query(
            "DELETE FROM discord_gateway_sessions WHERE shard_id = $1 AND shard_count = $2", [shard.id, shard.count]
        )
    }
}
