import AsyncHTTPClient
import Foundation
import NIOCore
import Shared

/// Talks to a Discord sandbox's `/sandbox/v1` API over HTTP, JSON both ways.
///
/// ```swift
/// let client = SandboxClient(baseURL: "http://127.0.0.1:8090")
/// let world = try await client.world()
/// let outcome = try await client.interact(SandboxInteractionRequest(command: "/ping"))
/// ```
///
/// Throws ``SandboxUnreachable`` (exit 69) when nothing answers, ``SandboxRefused`` when the
/// sandbox answers with an error, ``ControlRequestFailed`` for anything in between.
struct SandboxClient: Sendable {
    var baseURL: String
    var connectTimeout: TimeAmount = .seconds(2)
    /// The sandbox waits up to 60 s for the bot; a little more here.
    var requestTimeout: TimeAmount = .seconds(70)

    func world() async throws -> SandboxWorldReport {
        try await exchange("GET", SandboxDefaults.worldPath, body: nil)
    }

    func interact(_ request: SandboxInteractionRequest) async throws -> SandboxInteractionOutcome {
        try await exchange("POST", SandboxDefaults.interactionsPath, body: try ControlJSON.encoder.encode(request))
    }

    private func exchange<Response: Decodable>(_ method: String, _ path: String, body: Data?) async throws -> Response {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .init(rawValue: method)
        request.headers.add(name: "User-Agent", value: "odysseyctl/\(OdysseyVersion.current)")
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: connectTimeout, read: requestTimeout)
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let result: Result<(Int, Data), any Error>
        do {
            let response = try await client.execute(request, timeout: requestTimeout)
            let collected = try await response.body.collect(upTo: 16 * 1024 * 1024)
            result = .success((Int(response.status.code), Data(collected.readableBytesView)))
        } catch {
            result = .failure(error)
        }
        try? await client.shutdown()
        let (status, data): (Int, Data)
        switch result {
        case .success(let answer): (status, data) = answer
        case .failure(let error): throw failure(for: error)
        }
        guard (200..<300).contains(status) else { throw SandboxRefused(status: status, body: data) }
        do {
            return try ControlJSON.decoder.decode(Response.self, from: data)
        } catch {
            throw ControlRequestFailed("the sandbox at \(baseURL) answered \(path) with JSON this odysseyctl cannot read "
                + "(is it an odysseyd sandbox of the same version?): \(error)")
        }
    }

    private func failure(for error: any Error) -> any Error {
        if let ioError = error as? IOError {
            return SandboxUnreachable(url: baseURL, detail: String(cString: strerror(ioError.errnoCode)))
        }
        if let httpError = error as? HTTPClientError {
            switch httpError {
            case .deadlineExceeded, .readTimeout:
                return ControlRequestFailed("the sandbox at \(baseURL) did not answer in time")
            case .remoteConnectionClosed:
                return ControlRequestFailed("the sandbox at \(baseURL) closed the connection without answering")
            default:
                return SandboxUnreachable(url: baseURL, detail: "\(httpError)")
            }
        }
        return SandboxUnreachable(url: baseURL, detail: "\(error)")
    }
}
