extension MessageKeys {
    enum Interaction {
        static let unavailable = "interaction.unavailable"
        static let guildOnly = "interaction.guild_only"
        static let missingPermission = "interaction.missing_permission"
        static let genericError = "interaction.generic_error"
        static let done = "interaction.done"
        static let featureOff = "interaction.feature_off"
    }
}

extension CatalogSection {
    /// The router's and responder's own answers, shared by every feature.
    static let interaction = CatalogSection(
        keys: [
            MessageKeys.Interaction.unavailable, MessageKeys.Interaction.guildOnly,
            MessageKeys.Interaction.missingPermission, MessageKeys.Interaction.genericError,
            MessageKeys.Interaction.done, MessageKeys.Interaction.featureOff,
        ],
        ru: [
            "interaction.unavailable": "Это действие больше недоступно.",
            "interaction.guild_only": "Это можно использовать только на сервере.",
            "interaction.missing_permission": "Для этого нужны права: {permissions}.",
            "interaction.generic_error": "Что-то пошло не так на нашей стороне. Попробуйте позже.",
            "interaction.done": "Готово.",
            "interaction.feature_off": "Здесь это выключено: {feature}. Включить может администратор сервера.",
        ],
        en: [
            "interaction.unavailable": "This action is no longer available.",
            "interaction.guild_only": "This can only be used in a server.",
            "interaction.missing_permission": "You need the {permissions} permission to do this.",
            "interaction.generic_error": "Something went wrong on our side. Please try again later.",
            "interaction.done": "Done.",
            "interaction.feature_off": "This is switched off here: {feature}. A server admin can switch it on.",
        ]
    )
}
