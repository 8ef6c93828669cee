/// The emoji on a button or select option: `name` alone for a Unicode emoji, `id` (and
/// `name`) for a custom one (discord-docs/components/reference.mdx, Button Structure `emoji`).
struct PartialEmoji: Codable, Hashable, Sendable {
    var id: Snowflake? = nil
    var name: String? = nil
    var animated: Bool? = nil
}
