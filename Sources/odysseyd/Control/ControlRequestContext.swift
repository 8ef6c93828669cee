import Hummingbird
import NIOCore

/// The request context of the control API: keeps the connection's channel so the access
/// middleware can ask the kernel who the peer is.
struct ControlRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
