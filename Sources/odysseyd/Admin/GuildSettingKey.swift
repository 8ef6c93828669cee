/// Every per-guild setting an admin may change, one typed definition per key: the table and
/// column it lives in, what it holds, its default and what it is for. `/admin config` offers
/// these keys as choices and `odysseyctl config` lists them, so a new key added here shows up in
/// both.
///
/// ```swift
/// let key = GuildSettingsStore.Key(rawValue: "mileage.tier_mode")!
/// key.table          // "mileage_guild_settings"
/// key.kind.expected  // "stack or replace"
/// ```
extension GuildSettingsStore {
    enum Key: String, CaseIterable, Sendable {
        case locale
        case timezone
        case adminRole = "admin_role"
        case signUpChannel = "stage_queue.sign_up_channel"
        case stageChannel = "stage_queue.stage_channel"
        case announceChannel = "stage_queue.announce_channel"
        case signUpRole = "stage_queue.sign_up_role"
        case hostRole = "stage_queue.host_role"
        case stageIntegration = "stage_queue.stage_integration"
        case tierMode = "mileage.tier_mode"
        case moderatorRole = "mileage.moderator_role"

        /// Each table has `guild_id` as its primary key and an `updated_at` column.
        var table: String {
            switch self {
            case .locale, .timezone, .adminRole: "guild_settings"
            case .signUpChannel, .stageChannel, .announceChannel, .signUpRole, .hostRole, .stageIntegration: "stage_queue_settings"
            case .tierMode, .moderatorRole: "mileage_guild_settings"
            }
        }

        var column: String {
            switch self {
            case .locale: "locale"
            case .timezone: "timezone"
            case .adminRole: "admin_role_id"
            case .signUpChannel: "sign_up_channel_id"
            case .stageChannel: "stage_channel_id"
            case .announceChannel: "announce_channel_id"
            case .signUpRole: "sign_up_role_id"
            case .hostRole: "host_role_id"
            case .stageIntegration: "stage_integration"
            case .tierMode: "tier_mode"
            case .moderatorRole: "moderator_role_id"
            }
        }

        var kind: GuildSettingKind {
            switch self {
            case .locale: .choice(["ru", "en"])
            case .timezone: .timeZone
            case .adminRole, .signUpChannel, .stageChannel, .announceChannel, .signUpRole, .hostRole, .moderatorRole: .snowflake
            case .stageIntegration: .flag
            case .tierMode: .choice(["stack", "replace"])
            }
        }

        /// What a guild without a stored value gets: the column defaults of the migrations.
        var defaultValue: String? {
            switch self {
            case .locale: "ru"
            case .stageIntegration: "off"
            case .tierMode: "stack"
            default: nil
            }
        }

        var summary: String {
            switch self {
            case .locale: "Language of the bot's replies in this server"
            case .timezone: "Time zone for schedules and dates (unset: the daemon's default_timezone)"
            case .adminRole: "Members with this role may use /admin, besides those with Manage Server"
            case .signUpChannel: "Channel of the stage queue message with Join and Leave"
            case .stageChannel: "Stage channel performers are promoted on"
            case .announceChannel: "Channel where joins and calls are announced (unset: none)"
            case .signUpRole: "Role members need to join the queue (unset: everyone)"
            case .hostRole: "Role that may run the queue, besides Mute Members"
            case .stageIntegration: "Whether `next` makes the performer a stage speaker"
            case .tierMode: "stack: members keep every tier role reached; replace: only the highest"
            case .moderatorRole: "Role that may adjust and reverse mileage, besides Manage Server"
            }
        }
    }
}
