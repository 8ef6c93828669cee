import Foundation

/// What the sandbox writes to one connection, in order, through that connection's writer task
/// (which owns the connection's deflate context).
enum SandboxGatewayOutbound: Sendable {
    /// A Gateway payload; compressed connections split it into frames of `fragmentSize` bytes when set.
    case payload(Data, fragmentSize: Int?)
    /// Bytes sent as one binary frame as they are (a corrupt zlib stream, for tests).
    case raw([UInt8])
    case close(UInt16)
    /// A close frame without a status code, then the end of the connection.
    case drop
}
