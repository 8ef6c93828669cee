import CompressNIO
import Foundation
import NIOCore

/// Inflates Discord's `compress=zlib-stream` transport: one zlib context for the whole
/// connection, fed every binary WebSocket frame in order. A Gateway message is complete when the
/// bytes received so far end with the Z_SYNC_FLUSH marker `00 00 ff ff`; only then is the buffer
/// inflated. Source: discord-docs/events/gateway.mdx, "Transport Compression".
///
/// The context is kept across messages (later messages refer back to earlier ones), so a new
/// connection needs a new inflater, and a corrupt message ends the connection: nothing after it
/// can be read.
///
/// ```swift
/// let inflater = try ZlibStreamInflater()
/// for frame in frames {
///     if let json = try inflater.feed(frame) { handle(try GatewayPayload(json: json)) }
/// }
/// ```
final class ZlibStreamInflater {
    /// The last four bytes of every complete message.
    static let syncFlushSuffix: [UInt8] = [0x00, 0x00, 0xFF, 0xFF]

    /// The largest message (inflated) accepted; a bigger one is treated as a broken stream.
    let maximumMessageBytes: Int
    private let decompressor: ZlibDecompressor
    private var pending: ByteBuffer
    private var output: ByteBuffer
    private var failed = false

    init(maximumMessageBytes: Int = 64 << 20) throws {
        self.maximumMessageBytes = maximumMessageBytes
        do {
            decompressor = try ZlibDecompressor(algorithm: .zlib)
        } catch {
            throw ZlibStreamError("cannot start a zlib inflate context: \(error)")
        }
        pending = ByteBufferAllocator().buffer(capacity: 64 << 10)
        output = ByteBufferAllocator().buffer(capacity: 256 << 10)
    }

    /// Takes one frame's bytes; returns the inflated JSON once a message is complete, nil while
    /// more frames are needed.
    func feed(_ bytes: ByteBuffer) throws -> Data? {
        guard !failed else { throw ZlibStreamError("the zlib stream already failed; the connection must be replaced") }
        var bytes = bytes
        pending.writeBuffer(&bytes)
        guard pending.readableBytes >= 4,
              pending.getBytes(at: pending.writerIndex - 4, length: 4) == Self.syncFlushSuffix
        else {
            if pending.readableBytes > maximumMessageBytes {
                failed = true
                throw ZlibStreamError("no Z_SYNC_FLUSH marker after \(pending.readableBytes) compressed bytes")
            }
            return nil
        }
        defer { pending.clear() }
        return try inflatePending()
    }

    func feed(_ bytes: [UInt8]) throws -> Data? {
        try feed(ByteBuffer(bytes: bytes))
    }

    private func inflatePending() throws -> Data {
        output.clear()
        // Grows the output until zlib has consumed the input and has nothing left to write.
        while true {
            let wanted = max(pending.readableBytes * 4, 64 << 10)
            if output.writableBytes < wanted { output.reserveCapacity(minimumWritableBytes: wanted) }
            do {
                try decompressor.inflate(from: &pending, to: &output)
                if pending.readableBytes == 0 { break }
            } catch let error as CompressNIOError where error == .bufferOverflow {
                // Output full: more may be pending inside zlib.
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                // Z_BUF_ERROR with no input left: zlib had nothing more to write.
                break
            } catch {
                failed = true
                throw ZlibStreamError("the zlib stream is corrupt (\(error)); the connection must be replaced")
            }
            if output.readableBytes > maximumMessageBytes {
                failed = true
                throw ZlibStreamError("a message inflates to more than \(maximumMessageBytes) bytes")
            }
        }
        return Data(output.readableBytesView)
    }
}

/// The zlib-stream transport could not be inflated; the connection is closed and resumed.
struct ZlibStreamError: Error, CustomStringConvertible, Equatable {
    var description: String

    init(_ description: String) { self.description = description }
}
