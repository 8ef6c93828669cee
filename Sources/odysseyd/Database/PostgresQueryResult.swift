/// A column of a result: its name and the server's type OID.
struct PostgresColumn: Sendable, Equatable {
    var name: String
    var typeOID: UInt32
}

/// What a statement returned, copied out of libpq so it outlives the connection lease.
///
/// ```swift
/// let result = try await db.query("SELECT id, name FROM guilds WHERE id = $1", [guildID])
/// for row in result.rows { let name = try row.decode(String.self, column: "name") }
/// ```
struct PostgresQueryResult: Sendable {
    let columns: [PostgresColumn]
    let values: [[String?]]
    /// Rows inserted, updated or deleted, from the command tag.
    let affectedRows: Int

    var rows: [PostgresRow] {
        let index = columnIndex
        return values.map { PostgresRow(columns: columns, columnIndex: index, values: $0) }
    }

    var first: PostgresRow? {
        values.first.map { PostgresRow(columns: columns, columnIndex: columnIndex, values: $0) }
    }

    private var columnIndex: [String: Int] {
        Dictionary(columns.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// One row of a ``PostgresQueryResult``; decode columns by name or position.
struct PostgresRow: Sendable {
    let columns: [PostgresColumn]
    let columnIndex: [String: Int]
    let values: [String?]

    func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, column name: String) throws -> Value {
        guard let index = columnIndex[name] else {
            throw DatabaseError.decoding("no column \"\(name)\" in the result (has: \(columns.map(\.name).joined(separator: ", ")))")
        }
        return try decode(type, at: index)
    }

    func decode<Value: PostgresDecodable>(_ type: Value.Type = Value.self, at index: Int) throws -> Value {
        guard values.indices.contains(index) else {
            throw DatabaseError.decoding("no column \(index) in a row of \(values.count)")
        }
        let column = columns[index]
        do {
            return try Value(postgresText: values[index], typeOID: column.typeOID)
        } catch let error as PostgresDecodingError {
            throw DatabaseError.decoding("column \"\(column.name)\": \(error.reason)")
        }
    }
}
