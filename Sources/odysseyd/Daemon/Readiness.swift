import Logging

/// Collects "I'm up" from the parts that must be up before systemd hears `READY=1`.
actor Readiness {
    enum Part: String, CaseIterable, Sendable {
        case controlSocket = "control socket"
        case publicHTTP = "public HTTP"
        /// The schema gate has looked at the database once (running, or maintenance).
        case schemaChecked = "schema check"
    }

    private var ready: Set<Part> = []
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func mark(_ part: Part) {
        ready.insert(part)
        guard isReady else { return }
        waiters.forEach { $0.resume() }
        waiters.removeAll()
    }

    var isReady: Bool { ready.count == Part.allCases.count }

    /// Returns once every part is up.
    func wait() async {
        if isReady { return }
        await withCheckedContinuation { waiters.append($0) }
    }
}
