import Foundation
import Shared

/// The OAuth2 URL that adds the bot to a server with the permissions the enabled features need
/// (discord-docs/topics/oauth2.mdx, "Bot Authorization Flow").
///
/// ```swift
/// let invite = InviteLink(applicationID: app, features: ["stage_queue", "dice"])
/// invite.report(guild: nil).url
/// // https://discord.com/oauth2/authorize?client_id=…&permissions=4214784&integration_type=0&scope=bot+applications.commands
/// ```
struct InviteLink: Sendable {
    static let scopes = ["bot", "applications.commands"]

    let applicationID: Snowflake
    /// Enabled feature names; unknown names add nothing.
    let features: [String]

    var permissions: DiscordPermissions {
        features.compactMap(FeatureCatalog.feature(named:)).reduce(FeatureCatalog.core.botPermissions) { $0.union($1.botPermissions) }
    }

    func report(guild: Snowflake?) -> InviteReport {
        var query = [
            ("client_id", applicationID.description),
            ("permissions", String(permissions.rawValue)),
            ("integration_type", "0"),
            ("scope", Self.scopes.joined(separator: "+")),
        ]
        if let guild {
            query += [("guild_id", guild.description), ("disable_guild_select", "true")]
        }
        let url = "https://discord.com/oauth2/authorize?" + query.map { "\($0)=\($1)" }.joined(separator: "&")
        return InviteReport(url: url, permissions: String(permissions.rawValue),
                            permissionNames: DiscordPermissions.named.filter { permissions.contains($0.permission) }.map(\.name),
                            features: features.sorted(), scopes: Self.scopes)
    }
}
