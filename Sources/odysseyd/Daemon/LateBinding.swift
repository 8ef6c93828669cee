import Synchronization

/// A value the composition root sets once after the thing that reads it was built: `/admin
/// doctor` is a command (built with the feature modules), but the doctor needs the REST client
/// and job queue built from those modules. Reading before it is set is a composition bug.
///
/// ```swift
/// let doctor = LateBinding<Doctor>()
/// let admin = AdminFeature(..., doctor: { await doctor.value.run(in: $0) })
/// doctor.set(DoctorCatalog.doctor(...))
/// ```
final class LateBinding<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    init() {}

    func set(_ value: Value) {
        stored.withLock { $0 = value }
    }

    var value: Value {
        guard let value = stored.withLock({ $0 }) else { preconditionFailure("LateBinding<\(Value.self)> read before it was set") }
        return value
    }
}
