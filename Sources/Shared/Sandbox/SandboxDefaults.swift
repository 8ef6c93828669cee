/// Where the Discord sandbox listens and what it accepts, shared by `odysseyd sandbox` and
/// `odysseyctl sandbox`.
///
/// ```swift
/// let url = environment[SandboxDefaults.urlEnvironmentVariable] ?? SandboxDefaults.url
/// ```
public enum SandboxDefaults {
    public static let host = "127.0.0.1"
    public static let port = 8090
    public static let address = "\(host):\(port)"
    public static let url = "http://\(address)"
    public static let addressEnvironmentVariable = "ODYSSEY_SANDBOX_ADDRESS"
    public static let urlEnvironmentVariable = "ODYSSEY_SANDBOX_URL"
    /// The demo world's bot token: not a secret, it only opens the sandbox.
    public static let token = "sandbox-token"
    /// The demo application's OAuth2 client secret (`DISCORD_CLIENT_SECRET`): not a secret either.
    public static let clientSecret = "sandbox-client-secret"
    public static let interactionsPath = "/sandbox/v1/interactions"
    public static let worldPath = "/sandbox/v1/world"
    /// `POST {"redirect_uri", "user_id", "scopes"}`: an OAuth2 code, as if the user had authorized.
    public static let oauthCodePath = "/sandbox/v1/oauth/code"
}
