import Foundation
import NIOCore
import WSClient

/// Turns a connection's frames into complete Gateway messages: binary frames go through the
/// connection's one ``ZlibStreamInflater`` (a message may span frames and WebSocket messages),
/// text frames are joined until FIN.
///
/// ```swift
/// await GatewayFrameReader(compressed: true).read(inbound, into: events)
/// ```
struct GatewayFrameReader {
    let compressed: Bool

    /// Reads until the inbound stream ends; reports messages, then how it ended.
    func read(_ inbound: WebSocketInboundStream, into events: AsyncStream<GatewayConnectionEvent>.Continuation) async {
        var iterator = inbound.makeAsyncIterator()
        var inflater: ZlibStreamInflater?
        var text = ByteBuffer()
        var continuing: WebSocketDataFrame.Opcode?
        do {
            if compressed { inflater = try ZlibStreamInflater() }
            while let frame = try await iterator.next() {
                let opcode = frame.opcode == .continuation ? (continuing ?? .text) : frame.opcode
                continuing = frame.fin ? nil : opcode
                if opcode == .binary {
                    guard let inflater else {
                        events.yield(.unreadable("a binary frame arrived on a connection without transport compression"))
                        return
                    }
                    if let message = try inflater.feed(frame.data) { events.yield(.message(message)) }
                } else {
                    var data = frame.data
                    text.writeBuffer(&data)
                    if frame.fin {
                        events.yield(.message(Data(text.readableBytesView)))
                        text.clear()
                    }
                }
            }
            events.yield(.inboundEnded)
        } catch let error as ZlibStreamError {
            events.yield(.unreadable(error.description))
        } catch {
            events.yield(.inboundEnded)
        }
    }
}
