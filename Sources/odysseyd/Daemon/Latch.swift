/// A one-way door: tasks wait until it opens, then it stays open. A waiting task that is
/// cancelled stops waiting, so a service group can always tear a waiting service down.
///
/// ```swift
/// let ready = Latch()
/// Task { await ready.wait(); startFeatures() }
/// await ready.open()
/// ```
actor Latch {
    private(set) var isOpen = false
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    func open() {
        isOpen = true
        let parked = waiters.values
        waiters.removeAll()
        parked.forEach { $0.resume() }
    }

    func wait() async {
        if isOpen { return }
        let id = nextWaiter
        nextWaiter += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled { return continuation.resume() }
                waiters[id] = continuation
            }
        } onCancel: {
            Task { await self.stopWaiting(id) }
        }
    }

    private func stopWaiting(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
