import Foundation

/// Checks that an HTTP interaction came from Discord: `X-Signature-Ed25519` must be the
/// application key's Ed25519 signature of `X-Signature-Timestamp` followed by the raw body
/// (discord-docs/interactions/overview.mdx, "Validating Security Request Headers"). Discord asks
/// for a 401 on any failure, and sends deliberately bad signatures to check that we refuse them.
///
/// The freshness window is ours, not Discord's: Discord documents none, but without one a captured
/// request could be replayed forever. Five minutes either way covers delivery and any sane clock
/// skew (Discord wants an answer within 3 s anyway), while keeping the replay window short.
/// The timestamp is Unix seconds, as Discord's examples send it.
///
/// ```swift
/// let verifier = InteractionSignatureVerifier(publicKey: try Ed25519PublicKey(hex: publicKeyHex))
/// do {
///     try verifier.verify(signature: request.headers[InteractionSignatureVerifier.signatureHeader],
///                         timestamp: request.headers[InteractionSignatureVerifier.timestampHeader],
///                         body: rawBody, now: clock.now())
/// } catch {
///     return Response(status: .unauthorized)   // log error.reason, never the body
/// }
/// ```
struct InteractionSignatureVerifier: Sendable {
    static let signatureHeader = "X-Signature-Ed25519"
    static let timestampHeader = "X-Signature-Timestamp"

    let publicKey: Ed25519PublicKey
    /// How far in the past a timestamp may be (inclusive).
    var maximumAge: Duration = .seconds(300)
    /// How far in the future a timestamp may be (inclusive): Discord's clock may run ahead of ours.
    var maximumLead: Duration = .seconds(300)

    /// Succeeds only for a fresh, correctly signed request. Cheap checks come first, so a flood of
    /// junk costs no signature verification; every failure is a 401 all the same.
    ///
    /// - Parameters:
    ///   - signature: the `X-Signature-Ed25519` header, nil when absent.
    ///   - timestamp: the `X-Signature-Timestamp` header, nil when absent.
    ///   - body: the body exactly as received, before any JSON decoding.
    ///   - now: the current instant.
    func verify(signature: String?, timestamp: String?, body: some Collection<UInt8>, now: Date) throws(InteractionSignatureError) {
        guard let signature, !signature.isEmpty else { throw InteractionSignatureError(.missingHeader(Self.signatureHeader)) }
        guard let timestamp, !timestamp.isEmpty else { throw InteractionSignatureError(.missingHeader(Self.timestampHeader)) }

        guard signature.utf8.allSatisfy({ Ed25519PublicKey.hexValue($0) != nil }) else {
            throw InteractionSignatureError(.malformedSignatureHex)
        }
        guard signature.utf8.count == Ed25519PublicKey.signatureByteCount * 2,
              let signatureBytes = Ed25519PublicKey.bytes(fromHex: signature) else {
            throw InteractionSignatureError(.wrongSignatureLength(characters: signature.utf8.count))
        }

        // Digits only: Int64("+5") and Int64("-5") parse, and neither is what Discord sends.
        guard timestamp.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let seconds = Int64(timestamp) else {
            throw InteractionSignatureError(.timestampNotANumber)
        }
        let age = now.timeIntervalSince1970 - Double(seconds)
        if age > maximumAge.seconds {
            throw InteractionSignatureError(.timestampTooOld(secondsAgo: age))
        }
        if -age > maximumLead.seconds {
            throw InteractionSignatureError(.timestampInFuture(secondsAhead: -age))
        }

        // Signed: the timestamp header's bytes, then the body's, with nothing between.
        let message = Array(timestamp.utf8) + Array(body)
        guard publicKey.isValidSignature(signatureBytes, for: message) else {
            throw InteractionSignatureError(.badSignature)
        }
    }
}

/// Why an interaction request was refused. Answer 401 whatever the reason; the reason is for logs.
struct InteractionSignatureError: Error, Equatable, CustomStringConvertible {
    enum Reason: Sendable, Equatable {
        case missingHeader(String)
        case malformedSignatureHex
        case wrongSignatureLength(characters: Int)
        case timestampNotANumber
        case timestampTooOld(secondsAgo: Double)
        case timestampInFuture(secondsAhead: Double)
        case badSignature
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    var description: String {
        switch reason {
        case .missingHeader(let name):
            "missing or empty \(name) header"
        case .malformedSignatureHex:
            "\(InteractionSignatureVerifier.signatureHeader) is not hexadecimal"
        case .wrongSignatureLength(let characters):
            "\(InteractionSignatureVerifier.signatureHeader) has \(characters) hexadecimal characters, expected \(Ed25519PublicKey.signatureByteCount * 2)"
        case .timestampNotANumber:
            "\(InteractionSignatureVerifier.timestampHeader) is not Unix seconds"
        case .timestampTooOld(let seconds):
            "\(InteractionSignatureVerifier.timestampHeader) is \(String(format: "%.0f", seconds)) s old, outside our freshness window"
        case .timestampInFuture(let seconds):
            "\(InteractionSignatureVerifier.timestampHeader) is \(String(format: "%.0f", seconds)) s in the future, outside our freshness window"
        case .badSignature:
            "the signature does not match the application's public key"
        }
    }
}
