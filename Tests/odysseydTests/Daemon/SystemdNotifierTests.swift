import Foundation
import Testing
@testable import odysseyd

@Suite("systemd notify protocol")
struct SystemdNotifierTests {
    @Test func sendsDatagramsToNotifySocket() async throws {
        let socket = try NotifySocket(path: "/tmp/odyssey-notify-\(UUID().uuidString.prefix(8))")
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.path])
        #expect(notifier.send("READY=1", "STATUS=running"))
        #expect(await socket.receive(timeout: 5) == "READY=1\nSTATUS=running")
    }

    @Test func outsideSystemdNothingIsSent() {
        #expect(SystemdNotifier(environment: [:]).send("READY=1") == false)
        #expect(SystemdNotifier(environment: [:]).watchdogInterval == nil)
    }

    @Test func watchdogPetsAtHalfTheInterval() {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "\(getpid())"])
        #expect(notifier.watchdogInterval == .seconds(10))
        let otherProcess = SystemdNotifier(environment: ["NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"])
        #expect(otherProcess.watchdogInterval == nil)
    }
}
