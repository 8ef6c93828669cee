/// What `POST /interactions` needs: the application's public key to check Discord's signature,
/// and the responder the gateway uses too.
struct InteractionEndpoint: Sendable {
    let verifier: InteractionSignatureVerifier
    let responder: InteractionResponder
}
