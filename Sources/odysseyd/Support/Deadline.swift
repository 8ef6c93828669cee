/// Waits for `operation` at most `timeout`, returning nil past it, and does not wait for an
/// operation that ignores cancellation: the work runs in a task of its own, which is cancelled
/// and left behind. A task group would wait for its child, so a doctor check stuck in a blocking
/// call would hang `doctor` with it, and a slow lookup would hold up an interaction's answer.
///
/// ```swift
/// let result = await Deadline.race(timeout: .seconds(10)) { await check.run() }   // nil: too slow
/// ```
enum Deadline {
    static func race<Value: Sendable>(timeout: Duration, _ operation: @escaping @Sendable () async -> Value) async -> Value? {
        // Whichever yields first is the answer; the other's yield lands in a finished stream.
        let (outcomes, continuation) = AsyncStream<Value?>.makeStream()
        let work = Task { continuation.yield(await operation()) }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            continuation.yield(nil)
        }
        var iterator = outcomes.makeAsyncIterator()
        let first = await iterator.next()
        work.cancel()
        timer.cancel()
        continuation.finish()
        return first ?? nil
    }
}
