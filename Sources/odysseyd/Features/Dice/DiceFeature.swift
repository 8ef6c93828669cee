import Foundation

/// The tabletop feature: `/roll` (with saved rolls), `/character` and the per-channel `/init`
/// tracker, all on PostgreSQL so characters, saved rolls and a running combat survive restarts.
///
/// ```swift
/// let dice = DiceFeature(pool: pool, queue: JobQueue(database: pool, handlers: JobHandlers()))
/// var router = InteractionRouter()
/// dice.register(on: &router)
/// ```
struct DiceFeature: FeatureModule {
    static let featureName = "dice"
    let name = DiceFeature.featureName
    let rolls: RollCommands
    let characters: CharacterCommands
    let initiative: InitiativeCommands

    init(pool: PostgresPool, queue: JobQueue, randomness: DiceRandomness = .system, now: @escaping @Sendable () -> Date = { Date() }) {
        let characterStore = CharacterStore(pool: pool)
        rolls = RollCommands(feature: Self.featureName, store: SavedRollStore(database: pool), randomness: randomness, now: now)
        characters = CharacterCommands(feature: Self.featureName, store: characterStore, now: now)
        initiative = InitiativeCommands(feature: Self.featureName, store: InitiativeStore(pool: pool, queue: queue), characters: characterStore,
                                        randomness: randomness, now: now)
    }

    var commands: [ApplicationCommandDefinition] {
        [RollCommands.definition, CharacterCommands.definition, InitiativeCommands.definition]
    }

    func register(on router: inout InteractionRouter) {
        rolls.register(on: &router)
        characters.register(on: &router)
        initiative.register(on: &router)
    }
}
