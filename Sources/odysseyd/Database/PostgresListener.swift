import Foundation
import Synchronization

/// `LISTEN` on a dedicated connection and thread, delivering `NOTIFY`s as an async sequence.
///
/// The stream ends with an error when the connection breaks; the consumer decides when to listen
/// again (and should re-check the state it was waiting on, since notifications sent while no one
/// listened are gone).
///
/// ```swift
/// for try await notification in PostgresListener.listen(settings: settings, channels: ["jobs"]) {
///     wakeWorkers(for: notification.payload)
/// }
/// ```
enum PostgresListener {
    static func listen(
        settings: ConnectionSettings, channels: [String], pollInterval: Duration = .milliseconds(250)
    ) -> AsyncThrowingStream<PostgresNotification, any Error> {
        let (stream, continuation) = AsyncThrowingStream<PostgresNotification, any Error>.makeStream()
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        let thread = Thread {
            do {
                let connection = try PostgresConnection.connect(settings: settings)
                for channel in channels {
                    try connection.execute("LISTEN \(try connection.escapeIdentifier(channel))", timeout: settings.operationTimeout)
                }
                continuation.yield(PostgresNotification(channel: "", payload: "", processID: 0))
                while !stop.isSet {
                    if try connection.waitReadable(timeout: pollInterval) {
                        for notification in try connection.drainNotifications() {
                            continuation.yield(notification)
                        }
                    }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        thread.name = "odyssey-listen"
        thread.start()
        return stream
    }

    /// An empty notification marks "now listening", so callers can re-check state without a race.
    static func isListeningMarker(_ notification: PostgresNotification) -> Bool {
        notification.channel.isEmpty
    }
}
