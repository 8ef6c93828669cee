import Hummingbird
import Testing

/// A real HTTP server on 127.0.0.1 (a free port) for tests that play Discord's side of a request:
/// `respond` answers every request, `body` gets the Discord-style API base URL.
///
/// ```swift
/// try await LoopbackServer.with({ _ in Response(status: .noContent) }) { baseURL in
///     // point a DiscordRESTClient at baseURL
/// }
/// ```
enum LoopbackServer {
    static func with(
        _ respond: @escaping @Sendable (Request) async throws -> Response,
        _ body: (String) async throws -> Void
    ) async throws {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in try await respond(request) },
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: .test
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try #require(port > 0)
            try await body("http://127.0.0.1:\(port)/api/v10")
            group.cancelAll()
        }
    }
}
