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
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    func mark(_ part: Part) {
        ready.insert(part)
        guard isReady else { return }
        let parked = waiters.values
        waiters.removeAll()
        parked.forEach { $0.resume() }
    }

    var isReady: Bool { ready.count == Part.allCases.count }

    /// Returns once every part is up, or when the task is cancelled (a failed start).
    func wait() async {
        if isReady { return }
        let id = nextWaiter
        nextWaiter += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled { return continuation.resume() }
                waiters[id] = continuation
            }
        } onCancel: {
            Task { await self.resumeWaiter(id) }
        }
    }

    private func resumeWaiter(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
