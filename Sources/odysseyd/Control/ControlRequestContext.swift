import Foundation
import Hummingbird
import NIOCore
import Shared

/// The request context of the control API: keeps the connection's channel so the access
/// middleware can ask the kernel who the peer is, and speaks the control API's JSON dialect.
struct ControlRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel
    var peer: PeerCredentials?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    var requestDecoder: JSONDecoder { ControlJSONCoding.decoder }
    var responseEncoder: JSONEncoder { ControlJSONCoding.encoder }
}

/// Hummingbird's coders, configured as `ControlJSON` says.
enum ControlJSONCoding {
    static let encoder = ControlJSON.encoder
    static let decoder = ControlJSON.decoder
}
