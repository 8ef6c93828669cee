import AsyncHTTPClient
import Foundation
import NIOCore

/// The REST client's transport: one async-http-client `HTTPClient` for every Discord request, with
/// redirects refused (Discord's API does not redirect, and a redirect must never carry the token
/// elsewhere).
///
/// ```swift
/// let transport = AsyncHTTPClientTransport()
/// let response = try await transport.send(request, timeout: .seconds(30))
/// await transport.shutdown()
/// ```
struct AsyncHTTPClientTransport: DiscordHTTPTransport {
    private let client: HTTPClient

    init() {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .enabled(limit: .ratio(20))
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    func send(_ request: DiscordRESTRequest, timeout: Duration) async throws -> DiscordHTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = .init(rawValue: request.route.method.rawValue)
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await client.execute(outgoing, timeout: .nanoseconds(timeout.nanosecondCount))
        // Discord's bodies are small JSON documents; 8 MiB bounds a misbehaving peer.
        let body = try await response.body.collect(upTo: 8 * 1024 * 1024)
        return DiscordHTTPResponse(
            status: Int(response.status.code),
            headers: response.headers.map { ($0.name, $0.value) },
            body: Data(body.readableBytesView)
        )
    }

    func shutdown() async {
        try? await client.shutdown()
    }
}
