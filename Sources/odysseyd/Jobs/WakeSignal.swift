import Synchronization

/// A doorbell for one waiting task: `ring()` from anywhere wakes the current or the next
/// `wait`, and rings while nobody waits are remembered (once), so a wake-up is never lost
/// between checking for work and going to sleep.
///
/// ```swift
/// let bell = WakeSignal()
/// // producer:  bell.ring()
/// // consumer:  await bell.wait(timeout: .seconds(30))
/// ```
final class WakeSignal: Sendable {
    private struct State {
        var rung = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    func ring() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.rung = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns when rung, after `timeout`, or when the task is cancelled.
    func wait(timeout: Duration) async {
        if state.withLock({ state in
            defer { state.rung = false }
            return state.rung
        }) {
            return
        }
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            self?.ring()
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state -> Bool in
                    if state.rung || Task.isCancelled {
                        state.rung = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            ring()
        }
        timer.cancel()
        // A ring that raced the timer's may be left over; it only costs one extra look for work.
    }
}
