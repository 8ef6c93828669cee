import Shared

/// A Discord user living in the sandbox (resources/user.mdx, "User Object").
struct SandboxUser: Sendable, Hashable {
    var id: UInt64
    var username: String
    var globalName: String?
    var bot = false

    var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .snowflake(id), "username": .string(username), "discriminator": .string("0"),
            "global_name": globalName.map(JSONValue.string) ?? .null, "avatar": .null, "public_flags": .int(0),
        ]
        if bot { object["bot"] = .bool(true) }
        return .object(object)
    }
}
