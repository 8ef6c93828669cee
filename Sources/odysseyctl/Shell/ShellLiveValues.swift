import Shared

/// Values only the running daemon knows, offered when completing the positions that take them.
///
/// ```swift
/// var values = ShellLiveValues()
/// values[.jobNames] = ["duel.round.close"]
/// ShellCompleter(tree: tree, liveValues: values).complete("queue show du")   // ["duel.round.close"]
/// ```
struct ShellLiveValues: Sendable, Equatable {
    enum Kind: Sendable, Hashable, CaseIterable {
        /// Queue names, which are job names (`queue ls`).
        case jobNames
        /// `schedule ls`.
        case scheduleNames
        /// `feature ls`.
        case featureNames
        /// `backup ls`.
        case backupNames
        /// `doctor --list-checks`.
        case doctorChecks
        /// The daemon has no list of guilds: these are the guilds in its audit trail plus the
        /// ones the operator typed after `--guild` (history included).
        case guildIDs
    }

    private var values: [Kind: [String]] = [:]

    init(_ values: [Kind: [String]] = [:]) {
        for (kind, list) in values {
            self[kind] = list
        }
    }

    subscript(kind: Kind) -> [String] {
        get { values[kind] ?? [] }
        set { values[kind] = Array(Set(newValue)).sorted() }
    }

    /// Asks the daemon for everything at once; what fails to answer stays empty, since a
    /// completion without live values beats a shell that stalls or complains on Tab.
    static func fetch(from client: ControlClient) async -> ShellLiveValues {
        async let queues = try? client.queues().queues.map(\.name)
        async let schedules = try? client.schedules().schedules.map(\.name)
        async let features = try? client.features(guildID: nil).features.map(\.name)
        async let backups = try? client.backups().backups.map(\.name)
        async let checks = try? client.doctorChecks().checks.map(\.name)
        async let audited = try? client.audit(guildID: nil, limit: 200).entries.compactMap(\.guildId)
        var values = ShellLiveValues()
        values[.jobNames] = await queues ?? []
        values[.scheduleNames] = await schedules ?? []
        values[.featureNames] = await features ?? []
        values[.backupNames] = await backups ?? []
        values[.doctorChecks] = await checks ?? []
        values[.guildIDs] = await audited ?? []
        return values
    }

    /// The `--guild` values in earlier lines.
    static func guildIDs(in lines: [String]) -> [String] {
        var found: [String] = []
        for line in lines {
            let words = ShellTokenizer.scan(line).words
            for (index, word) in words.enumerated() {
                if word == "--guild", index + 1 < words.count {
                    found.append(words[index + 1])
                } else if word.hasPrefix("--guild=") {
                    found.append(String(word.dropFirst("--guild=".count)))
                }
            }
        }
        return found.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
