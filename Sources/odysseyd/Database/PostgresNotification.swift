/// A `NOTIFY` delivered to a `LISTEN`ing connection.
struct PostgresNotification: Sendable, Equatable {
    var channel: String
    var payload: String
    /// The backend that sent it.
    var processID: Int32
}
