import CompressNIO
import Foundation
import NIOCore

/// The server half of `compress=zlib-stream`: one deflate context per connection, each message
/// flushed with Z_SYNC_FLUSH so it ends in `00 00 ff ff` and can be inflated on its own by a
/// client that kept the context. Source: discord-docs/events/gateway.mdx, "Transport Compression".
///
/// ```swift
/// let deflater = try ZlibStreamDeflater()
/// let frame = try deflater.compress(Data(#"{"op":10,"d":{"heartbeat_interval":41250}}"#.utf8))
/// ```
final class ZlibStreamDeflater {
    private let compressor: ZlibCompressor

    init() throws {
        compressor = try ZlibCompressor(algorithm: .zlib)
    }

    func compress(_ message: Data) throws -> ByteBuffer {
        var input = ByteBuffer(bytes: message)
        var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input))
        try compressor.deflate(from: &input, to: &output, flush: .sync)
        return output
    }
}
