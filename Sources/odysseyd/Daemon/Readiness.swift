/// Collects "I'm up" from the parts that must be up before systemd hears `READY=1`.
actor Readiness {
    enum Part: String, CaseIterable, Sendable {
        case controlSocket = "control socket"
        case publicHTTP = "public HTTP"
        /// The health monitor has checked the database once (up or down), so the first
        /// STATUS= is true.
        case databaseChecked = "database check"
        /// The schema gate has looked at the database once (running, or maintenance).
        case schemaChecked = "schema check"
    }

    private var ready: Set<Part> = []
    private let allReady = Latch()

    func mark(_ part: Part) async {
        ready.insert(part)
        if ready.count == Part.allCases.count { await allReady.open() }
    }

    /// Returns once every part is up, or when the task is cancelled (a failed start).
    func wait() async {
        await allReady.wait()
    }
}
