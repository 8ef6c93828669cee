import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Shared

extension DiscordSandbox {
    /// Registers every route of ``SandboxWorld/routes`` under `/api/v10`.
    func registerREST(on router: Router<BasicWebSocketRequestContext>) {
        for (method, template) in SandboxWorld.routes {
            guard let httpMethod = HTTPRequest.Method(method) else { continue }
            // Hummingbird captures `:name`; the dots of Discord's placeholders become underscores.
            var names: [String: String] = [:]
            let path = template.split(separator: "/").map { segment -> String in
                guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return String(segment) }
                let name = String(segment.dropFirst().dropLast())
                let capture = name.replacingOccurrences(of: ".", with: "_")
                names[capture] = name
                return ":" + capture
            }.joined(separator: "/")
            let captures = names
            router.on(RouterPath("/api/v10/" + path), method: httpMethod) { request, context in
                var parameters: [String: String] = [:]
                for (capture, name) in captures { parameters[name] = context.parameters.get(capture) }
                return try await respond(to: request, method: method, template: template, parameters: parameters)
            }
        }
    }

    private func respond(to request: Request, method: String, template: String, parameters: [String: String]) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 8 * 1024 * 1024)
        let headers = request.headers.map { ($0.name.canonicalName, $0.value) }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let path = String(request.uri.path.dropFirst("/api/v10".count))
        let call = SandboxRESTCall(method: method, template: template, parameters: parameters, path: path, query: query,
                                   headers: headers, body: Data(buffer.readableBytesView))
        let gatewayBot = template == "/gateway/bot" ? await gatewayBotBody() : nil
        let reply = await world.handle(call, gatewayBot: gatewayBot)
        await deliver(reply.events)
        return Self.response(reply)
    }

    static func response(_ reply: SandboxRESTReply) -> Response {
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        guard let body = reply.body else { return Response(status: .init(code: reply.status), headers: fields) }
        fields[.contentType] = "application/json"
        return Response(status: .init(code: reply.status), headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.encoded())))
    }
}
