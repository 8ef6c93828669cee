import Foundation
import NIOCore
import Testing
@testable import odysseyd

@Suite("ZlibStreamTests")
struct ZlibStreamTests {
    static let hello = Data(#"{"op":10,"d":{"heartbeat_interval":41250}}"#.utf8)
    static let ready = Data(#"{"op":0,"s":1,"t":"READY","d":{"session_id":"abc","v":10}}"#.utf8)

    @Test("messages compressed in one context inflate one by one with one inflater")
    func sharedContext() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater()
        let first = try deflater.compress(Self.hello)
        let second = try deflater.compress(Self.ready)
        #expect(try inflater.feed(first) == Self.hello)
        #expect(try inflater.feed(second) == Self.ready)
        // The second message refers back to the first: a fresh inflater cannot read it alone.
        #expect(throws: ZlibStreamError.self) { _ = try ZlibStreamInflater().feed(second) }
    }

    @Test("a message split over several frames completes on the frame ending in 00 00 ff ff")
    func splitMessage() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater()
        let message = Data(("{\"op\":0,\"d\":\"" + String(repeating: "gateway ", count: 5000) + "\"}").utf8)
        var compressed = try deflater.compress(message)
        let bytes = compressed.readBytes(length: compressed.readableBytes)!
        #expect(Array(bytes.suffix(4)) == ZlibStreamInflater.syncFlushSuffix)
        let third = bytes.count / 3
        #expect(try inflater.feed(Array(bytes[..<third])) == nil)
        #expect(try inflater.feed(Array(bytes[third..<(2 * third)])) == nil)
        #expect(try inflater.feed(Array(bytes[(2 * third)...])) == message)
        // And the context goes on.
        #expect(try inflater.feed(try deflater.compress(Self.hello)) == Self.hello)
    }

    @Test("a large message inflates past the initial output buffer")
    func largeMessage() throws {
        let deflater = try ZlibStreamDeflater()
        let inflater = try ZlibStreamInflater()
        let message = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 7)) })
        #expect(try inflater.feed(try deflater.compress(message)) == message)
    }

    @Test("a corrupt stream is a clear error, and the inflater refuses more")
    func corrupt() throws {
        let inflater = try ZlibStreamInflater()
        let error = try #require(throws: ZlibStreamError.self) {
            _ = try inflater.feed([0x13, 0x37, 0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x00, 0xFF, 0xFF])
        }
        #expect(error.description.contains("corrupt"))
        #expect(throws: ZlibStreamError.self) { _ = try inflater.feed(try ZlibStreamDeflater().compress(Self.hello)) }
    }

    @Test("no sync-flush marker within the size limit is an error")
    func missingMarker() throws {
        let inflater = try ZlibStreamInflater(maximumMessageBytes: 16)
        #expect(try inflater.feed(Array(repeating: 1, count: 10)) == nil)
        #expect(throws: ZlibStreamError.self) { _ = try inflater.feed(Array(repeating: 1, count: 10)) }
    }
}
