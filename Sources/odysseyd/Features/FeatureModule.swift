/// A feature as Discord sees it: the slash commands it declares and the handlers behind them.
///
/// Commands are declared in code, so `odysseyctl commands plan` can compare them with what
/// Discord has, and one registration puts the handlers on the router both the gateway and
/// `POST /interactions` use.
///
/// ```swift
/// struct DiceFeature: FeatureModule {
///     let name = "dice"
///     var commands: [ApplicationCommandDefinition] { [ApplicationCommandDefinition(name: "roll", description: "Roll dice")] }
///     func register(on router: inout InteractionRouter) {
///         router.command(["roll"], options: InteractionHandlerOptions(feature: name)) { _ in .message(MessagePayload(content: "4")) }
///     }
/// }
/// ```
protocol FeatureModule: Sendable {
    /// The name in ``FeatureCatalog`` (and in `feature_flags`).
    var name: String { get }
    var commands: [ApplicationCommandDefinition] { get }
    func register(on router: inout InteractionRouter)
}

extension Array where Element == any FeatureModule {
    /// Every module's handlers on one router.
    var router: InteractionRouter {
        var router = InteractionRouter()
        for module in self { module.register(on: &router) }
        return router
    }
}
