import Foundation
import Hummingbird
import Logging

/// Refuses browsers (any `Origin` or `Referer`), logs every caller's credentials, and lets only
/// ``ControlAccessPolicy``'s writers through to anything but GET.
struct ControlAccessMiddleware: RouterMiddleware {
    typealias Context = ControlRequestContext

    let policy: ControlAccessPolicy

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.headers[.origin] == nil, request.headers[.referer] == nil else {
            throw HTTPError(.forbidden, message: "requests from web pages are refused (Origin/Referer present)")
        }
        let peer: PeerCredentials
        do {
            peer = try await PeerCredentials.of(context.channel)
        } catch {
            throw HTTPError(.forbidden, message: "cannot identify the caller: \(error)")
        }
        let isWrite = request.method != .get && request.method != .head
        let allowed = !isWrite || policy.mayWrite(peer)
        // Every line logged while handling the request names the caller.
        let metadata: Logger.Metadata = [
            "correlation_id": "\(UUID().uuidString.lowercased())",
            "peer_pid": "\(peer.pid)", "peer_uid": "\(peer.uid)", "peer_gid": "\(peer.gid)",
            "method": "\(request.method)", "path": "\(request.uri.path)",
        ]
        return try await LogContext.withMetadata(metadata) {
            guard allowed else {
                context.logger.warning("control write refused")
                throw HTTPError(.forbidden, message: "uid \(peer.uid) may not change the daemon: run as root, as the daemon's user, or as a member of its admin group")
            }
            context.logger.info("control request")
            return try await next(request, context)
        }
    }
}
