import Foundation

/// A rich embed, sent with messages and read back from them
/// (discord-docs/resources/message.mdx, "Embed Object"). Check sizes with
/// ``RequestLimits`` before sending: Discord rejects the whole message otherwise.
///
/// ```swift
/// let embed = Embed(title: "Duel finished", description: "<@1> beat <@2>", color: 0x2ECC71,
///                   fields: [EmbedField(name: "Score", value: "3–1", inline: true)],
///                   timestamp: finishedAt)
/// ```
struct Embed: Codable, Hashable, Sendable {
    var title: String? = nil
    var description: String? = nil
    var url: String? = nil
    /// RGB as an integer, 0...0xFFFFFF.
    var color: Int? = nil
    var fields: [EmbedField]? = nil
    var footer: EmbedFooter? = nil
    var author: EmbedAuthor? = nil
    var image: EmbedMedia? = nil
    var thumbnail: EmbedMedia? = nil
    /// Shown in the footer in the reader's time zone. Sent as ISO 8601 with milliseconds; a
    /// received timestamp that does not parse is dropped rather than failing the message.
    var timestamp: Date? = nil

    enum CodingKeys: String, CodingKey {
        case title, description, url, color, fields, footer, author, image, thumbnail, timestamp
    }

    init(title: String? = nil, description: String? = nil, url: String? = nil, color: Int? = nil,
         fields: [EmbedField]? = nil, footer: EmbedFooter? = nil, author: EmbedAuthor? = nil,
         image: EmbedMedia? = nil, thumbnail: EmbedMedia? = nil, timestamp: Date? = nil) {
        self.title = title
        self.description = description
        self.url = url
        self.color = color
        self.fields = fields
        self.footer = footer
        self.author = author
        self.image = image
        self.thumbnail = thumbnail
        self.timestamp = timestamp
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        color = try c.decodeIfPresent(Int.self, forKey: .color)
        fields = try c.decodeIfPresent([EmbedField].self, forKey: .fields)
        footer = try c.decodeIfPresent(EmbedFooter.self, forKey: .footer)
        author = try c.decodeIfPresent(EmbedAuthor.self, forKey: .author)
        image = try c.decodeIfPresent(EmbedMedia.self, forKey: .image)
        thumbnail = try c.decodeIfPresent(EmbedMedia.self, forKey: .thumbnail)
        timestamp = try c.decodeIfPresent(String.self, forKey: .timestamp).flatMap(Self.parseTimestamp)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(color, forKey: .color)
        try c.encodeIfPresent(fields, forKey: .fields)
        try c.encodeIfPresent(footer, forKey: .footer)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(image, forKey: .image)
        try c.encodeIfPresent(thumbnail, forKey: .thumbnail)
        try c.encodeIfPresent(timestamp.map(Self.formatTimestamp), forKey: .timestamp)
    }

    static func formatTimestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Discord writes microseconds and a `+00:00` offset; the format style takes milliseconds
    /// at most, so the fraction is cut to three digits first.
    static func parseTimestamp(_ text: String) -> Date? {
        var normalized = text
        if let dot = text.firstIndex(of: "."),
           let end = text[dot...].firstIndex(where: { $0 == "+" || $0 == "-" || $0 == "Z" }) {
            let digits = text[text.index(after: dot)..<end]
            normalized = String(text[..<dot]) + "." + String(digits.prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0) + String(text[end...])
        }
        if let date = try? Date(normalized, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        return try? Date(normalized, strategy: Date.ISO8601FormatStyle())
    }
}
