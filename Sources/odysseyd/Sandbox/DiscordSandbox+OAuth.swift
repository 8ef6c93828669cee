import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Shared

extension DiscordSandbox {
    /// The browser half of OAuth2, so a dashboard can log in against the sandbox:
    ///
    /// - `GET /oauth2/authorize?client_id=…&redirect_uri=…&response_type=code&scope=…&state=…`
    ///   approves at once and redirects to `redirect_uri?code=…&state=…`, as Discord does after the
    ///   user clicks Authorize; `user_id=` picks the demo user (ada by default).
    /// - `POST /sandbox/v1/oauth/code` with `{"user_id", "redirect_uri", "scopes"}` returns
    ///   `{"code"}` for scripts and tests.
    ///
    /// ```
    /// $ curl -si 'http://127.0.0.1:8090/oauth2/authorize?client_id=1191168914231525376&redirect_uri=http://127.0.0.1:3000/cb&response_type=code&scope=identify'
    /// ```
    func registerOAuth(on router: Router<BasicWebSocketRequestContext>) {
        router.get("/oauth2/authorize") { request, _ -> Response in
            let query = request.uri.queryParameters
            guard query.get("client_id") == String(world.application.id) else {
                return Self.controlError(400, "Unknown client_id: the sandbox application is \(world.application.id)")
            }
            guard query.get("response_type") == "code", let redirect = query.get("redirect_uri"),
                  var target = URLComponents(string: redirect), target.scheme != nil else {
                return Self.controlError(400, "Expected response_type=code and an absolute redirect_uri")
            }
            let user = query.get("user_id").flatMap(UInt64.init) ?? SandboxWorld.Demo.adaUserID
            let scopes = (query.get("scope") ?? "identify").split(whereSeparator: { $0 == " " || $0 == "+" }).map(String.init)
            let code: String
            do {
                code = try await world.mintOAuthCode(for: user, redirectURI: redirect, scopes: scopes)
            } catch let error as SandboxRESTError {
                return Self.controlError(error.status, error.message)
            }
            var items = target.queryItems ?? []
            items.append(URLQueryItem(name: "code", value: code))
            if let state = query.get("state") { items.append(URLQueryItem(name: "state", value: state)) }
            target.queryItems = items
            return Response(status: .found, headers: [.location: target.string ?? redirect])
        }
        router.post(RouterPath(SandboxDefaults.oauthCodePath)) { request, _ -> Response in
            struct Body: Decodable {
                var userId: String?
                var redirectUri: String
                var scopes: [String]?
            }
            let buffer = try await request.body.collect(upTo: 64 * 1024)
            guard let body = try? ControlJSON.decoder.decode(Body.self, from: Data(buffer.readableBytesView)) else {
                return Self.controlError(400, #"Expected {"redirect_uri": "…", "user_id": "…", "scopes": ["identify"]}"#)
            }
            let user = body.userId.flatMap(UInt64.init) ?? SandboxWorld.Demo.adaUserID
            do {
                let code = try await world.mintOAuthCode(for: user, redirectURI: body.redirectUri, scopes: body.scopes ?? ["identify"])
                return try Self.controlJSON(200, ["code": code])
            } catch let error as SandboxRESTError {
                return Self.controlError(error.status, error.message)
            }
        }
    }
}
