import Foundation
import Testing
@testable import odysseyd

@Suite("Row decoding and parameters against PostgreSQL")
struct PostgresTypesTests {
    struct Extras: Codable, Sendable, Equatable {
        var tier: String
        var points: Int
    }

    @Test func scalarsRoundTrip() async throws {
        try await TestDatabase.with { _, pool in
            let id = UUID()
            let when = Date(timeIntervalSince1970: 1_795_000_000.123456)
            let row = try #require(try await pool.query(
                "SELECT $1::text AS t, $2::bigint AS b, $3::bool AS f, $4::timestamptz AS ts, $5::uuid AS u, $6::float8 AS d",
                ["привет, 'мир'", Int64(1_234_567_890_123_456_789), false, when, id, 2.5]
            ).first)
            #expect(try row.decode(String.self, column: "t") == "привет, 'мир'")
            #expect(try row.decode(Int64.self, column: "b") == 1_234_567_890_123_456_789)
            #expect(try row.decode(Bool.self, column: "f") == false)
            #expect(try row.decode(Date.self, column: "ts").timeIntervalSince1970 == when.timeIntervalSince1970)
            #expect(try row.decode(UUID.self, column: "u") == id)
            #expect(try row.decode(Double.self, column: "d") == 2.5)
        }
    }

    @Test func nullDecodesAsNilAndFailsForNonOptional() async throws {
        try await TestDatabase.with { _, pool in
            let row = try #require(try await pool.query("SELECT $1::text AS missing", [String?.none]).first)
            #expect(try row.decode(String?.self, column: "missing") == nil)
            #expect(throws: DatabaseError.self) { try row.decode(String.self, column: "missing") }
        }
    }

    @Test func jsonbRoundTrips() async throws {
        try await TestDatabase.with { _, pool in
            let extras = Extras(tier: "gold \"star\"", points: 42)
            let row = try #require(try await pool.query("SELECT $1::jsonb AS j", [PostgresJSON(extras)]).first)
            #expect(try row.decode(PostgresJSON<Extras>.self, column: "j").value == extras)
        }
    }

    @Test func arraysRoundTripWithQuotingAndNulls() async throws {
        try await TestDatabase.with { _, pool in
            let texts: [String?] = ["a", "b c", "with,comma", "quote\"d", "back\\slash", nil, "NULL", ""]
            let row = try #require(try await pool.query(
                "SELECT $1::text[] AS texts, $2::bigint[] AS numbers, ARRAY[]::int[] AS empty",
                [texts, [Int64(1), -2, 3]]
            ).first)
            #expect(try row.decode([String?].self, column: "texts") == texts)
            #expect(try row.decode([Int64].self, column: "numbers") == [1, -2, 3])
            #expect(try row.decode([Int].self, column: "empty") == [])
        }
    }

    @Test func serverErrorsKeepSQLStateMessageAndDetail() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await pool.query("CREATE TABLE t (id int PRIMARY KEY)")
            _ = try await pool.query("INSERT INTO t VALUES ($1)", [1])
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.query("INSERT INTO t VALUES ($1)", [1])
            }
            #expect(error?.sqlState == "23505")
            #expect(error?.message.contains("duplicate key") == true)
            #expect(error?.detail == "Key (id)=(1) already exists.")
            #expect(error?.isUnavailable == false)
        }
    }

    @Test func parametersAreNeverSpliced() async throws {
        try await TestDatabase.with { _, pool in
            _ = try await pool.query("CREATE TABLE names (name text)")
            let hostile = "x'); DROP TABLE names; --"
            _ = try await pool.query("INSERT INTO names VALUES ($1)", [hostile])
            let stored = try await pool.firstValue(String.self, "SELECT name FROM names")
            #expect(stored == hostile)
        }
    }

    @Test func statementTimeoutStopsLongQueries() async throws {
        try await TestDatabase.with(statementTimeoutMilliseconds: 100) { (_: TestDatabase, pool: PostgresPool) async throws in
            let error = await #expect(throws: DatabaseError.self) {
                try await pool.query("SELECT pg_sleep(5)")
            }
            #expect(error?.sqlState == "57014")
            // The connection survives a cancelled statement.
            #expect(try await pool.firstValue(Int.self, "SELECT 1 AS one") == 1)
        }
    }
}

@Suite("Text formats")
struct PostgresTextFormatTests {
    @Test(arguments: [
        ("2026-11-22 03:19:00+00", 1_795_317_540.0),
        ("2026-11-22 03:19:00.5+00", 1_795_317_540.5),
        ("2026-11-22 06:19:00+03", 1_795_317_540.0),
        ("2026-11-22 03:49:00+00:30", 1_795_317_540.0),
        ("1970-01-01 00:00:00+00", 0.0),
        ("1969-12-31 23:59:59+00", -1.0),
        ("2000-02-29 00:00:00+00", 951_782_400.0),
    ])
    func timestampParses(text: String, seconds: Double) {
        #expect(PostgresTimestamp.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "2026-13-01 00:00:00+00", "2026-11-22", "2026-11-22 03:19:00+0x", "yesterday"])
    func malformedTimestampsAreRejected(text: String) {
        #expect(PostgresTimestamp.parse(text) == nil)
    }

    @Test func timestampFormatRoundTrips() {
        let date = Date(timeIntervalSince1970: -12_345_678.25)
        #expect(PostgresTimestamp.parse(PostgresTimestamp.format(date)) == date)
        #expect(PostgresTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
    }

    @Test func arrayLiteralParsing() {
        #expect(PostgresArrayLiteral.parse("{}") == [])
        #expect(PostgresArrayLiteral.parse("{a,\"b c\",NULL,\"NULL\"}") == ["a", "b c", nil, "NULL"])
        #expect(PostgresArrayLiteral.parse("[0:1]={x,y}") == ["x", "y"])
        #expect(PostgresArrayLiteral.parse("{\"unterminated}") == nil)
        #expect(PostgresArrayLiteral.parse("{{1,2},{3,4}}") == nil)
        #expect(PostgresArrayLiteral.parse("not an array") == nil)
    }
}
