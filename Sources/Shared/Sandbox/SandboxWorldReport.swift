/// `GET /sandbox/v1/world`: the sandbox's guilds, channels, roles, members and deployed commands,
/// for people choosing what to try (`odysseyctl sandbox world`).
public struct SandboxWorldReport: Codable, Sendable, Equatable {
    public struct Application: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var botUserId: String
        public var botUsername: String
        public init(id: String, name: String, botUserId: String, botUsername: String) {
            self.id = id
            self.name = name
            self.botUserId = botUserId
            self.botUsername = botUsername
        }
    }

    public struct Channel: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// Discord's channel type: 0 text, 2 voice, 13 stage…
        public var type: Int
        public init(id: String, name: String, type: Int) {
            self.id = id
            self.name = name
            self.type = type
        }
    }

    public struct Role: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var position: Int
        public var permissions: String
        public init(id: String, name: String, position: Int, permissions: String) {
            self.id = id
            self.name = name
            self.position = position
            self.permissions = permissions
        }
    }

    public struct Member: Codable, Sendable, Equatable {
        public var userId: String
        public var username: String
        public var globalName: String?
        public var bot: Bool
        /// Role names, highest first.
        public var roles: [String]
        public var voiceChannelId: String?
        public init(userId: String, username: String, globalName: String?, bot: Bool, roles: [String], voiceChannelId: String?) {
            self.userId = userId
            self.username = username
            self.globalName = globalName
            self.bot = bot
            self.roles = roles
            self.voiceChannelId = voiceChannelId
        }
    }

    public struct Guild: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var channels: [Channel]
        public var roles: [Role]
        public var members: [Member]
        public init(id: String, name: String, channels: [Channel], roles: [Role], members: [Member]) {
            self.id = id
            self.name = name
            self.channels = channels
            self.roles = roles
            self.members = members
        }
    }

    public struct Command: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var description: String
        /// Nil for a global command.
        public var guildId: String?
        /// e.g. "/sign-up join", "/roll expression:<string>".
        public var usages: [String]
        public init(id: String, name: String, description: String, guildId: String?, usages: [String]) {
            self.id = id
            self.name = name
            self.description = description
            self.guildId = guildId
            self.usages = usages
        }
    }

    public var application: Application
    public var guilds: [Guild]
    public var commands: [Command]

    public init(application: Application, guilds: [Guild], commands: [Command]) {
        self.application = application
        self.guilds = guilds
        self.commands = commands
    }
}
