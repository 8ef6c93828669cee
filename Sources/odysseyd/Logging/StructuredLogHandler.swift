import Foundation
import Logging

/// One line per event on stderr, as JSON or `key=value` text, with the journald `<N>` priority
/// prefix when stderr goes to the journal (systemd sets `JOURNAL_STREAM` then).
///
/// ```swift
/// LoggingSystem.bootstrap({ label, provider in
///     StructuredLogHandler(label: label, format: .json, journald: true, metadataProvider: provider)
/// }, metadataProvider: LogContext.provider)
/// ```
struct StructuredLogHandler: LogHandler {
    let label: String
    let format: DaemonConfiguration.LogFormat
    let journald: Bool
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    private var levelOverride: Logger.Level?

    init(label: String, format: DaemonConfiguration.LogFormat, journald: Bool, metadataProvider: Logger.MetadataProvider?) {
        self.label = label
        self.format = format
        self.journald = journald
        self.metadataProvider = metadataProvider
    }

    var logLevel: Logger.Level {
        get { levelOverride ?? LiveLogLevel.shared.current }
        set { levelOverride = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let line = render(level: event.level, message: "\(event.message)", metadata: merged, source: event.source)
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func render(level: Logger.Level, message: String, metadata: Logger.Metadata, source: String) -> String {
        let prefix = journald ? "<\(Self.syslogPriority(level))>" : ""
        let timestamp = PostgresTimestamp.format(Date())
        switch format {
        case .json:
            var object: [String: Any] = ["ts": timestamp, "level": level.rawValue, "msg": message, "logger": label]
            for (key, value) in metadata { object[key] = Self.jsonValue(value) }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return prefix + String(decoding: data, as: UTF8.self)
        case .text:
            let fields = metadata.keys.sorted().map { "\($0)=\(Self.quoted("\(metadata[$0]!)"))" }
            let head = journald ? "" : "\(timestamp) "
            return prefix + head + "\(level.rawValue.uppercased()) \(label): \(message)" + (fields.isEmpty ? "" : " " + fields.joined(separator: " "))
        }
    }

    static func syslogPriority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    private static func jsonValue(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let string): string
        case .stringConvertible(let convertible): "\(convertible)"
        case .array(let array): array.map(jsonValue)
        case .dictionary(let dictionary): dictionary.mapValues(jsonValue)
        }
    }

    private static func quoted(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"" : text
    }
}
