/// `odysseyctl version --json`: `{"client": "0.1.0", "daemon": null}` when the daemon is away.
struct VersionReport: Encodable, Equatable, Sendable {
    var client: String
    var daemon: String?

    private enum CodingKeys: String, CodingKey {
        case client, daemon
    }

    // Synthesized conformance would drop a nil daemon; scripts want the key either way.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(client, forKey: .client)
        try container.encode(daemon, forKey: .daemon)
    }
}
