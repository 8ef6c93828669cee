/// What Discord's client shows of the slash commands in Russian: descriptions of commands,
/// subcommands and options, and choice names, as `description_localizations["ru"]` /
/// `name_localizations["ru"]` (interactions/application-commands.mdx, "Localization").
///
/// Code declares commands in English and stays the base; the Russian lives in one table
/// (``russian``, in `CommandLocalizations+ru.swift`) keyed by the command path, so features keep
/// declaring plain definitions and the deploy adds the translations on the way out. Names are
/// never localized: help and docs refer to `/roll dice`, and replies name options as typed.
///
/// Paths: the command (`roll`), a subcommand or option below it (`roll dice`,
/// `roll dice expression`), and a choice by its value, which stays stable when its label changes
/// (`roll dice mode =advantage`). Each entry keeps the English it translates: when the English in
/// code changes, the old Russian is no longer applied (the client falls back to English rather
/// than showing a translation of something else) and `CommandLocalizationTests` says which to redo.
///
/// ```swift
/// let declared = CommandLocalizations.localized(modules.flatMap(\.commands))
/// declared[0].descriptionLocalizations   // ["ru": "Проверить, что бот на связи, и узнать скорость ответа"] (core first)
/// ```
enum CommandLocalizations {
    /// Discord's locale code for Russian (reference.mdx, "Locales").
    static let russianLocale = "ru"

    /// One entry of the table: the English it was made from, and the Russian.
    struct Translation: Sendable, Equatable {
        let english: String
        let russian: String

        init(_ english: String, _ russian: String) {
            self.english = english
            self.russian = russian
        }
    }

    /// One user-facing text of a command: where it sits, its English, and the Russian the
    /// definition carries (nil before ``localized(_:)``, or where none applies).
    struct Text: Sendable, Equatable, CustomStringConvertible {
        let path: String
        let english: String
        let russian: String?

        var description: String { "\(path): \"\(english)\"" }
    }

    /// `commands` with the Russian filled in. Idempotent, and it keeps any other locale already
    /// declared. A translation identical to the English is left out, since Discord drops it and
    /// `commands plan` would then see a difference on every run.
    static func localized(_ commands: [ApplicationCommandDefinition]) -> [ApplicationCommandDefinition] {
        commands.map(localized)
    }

    static func localized(_ command: ApplicationCommandDefinition) -> ApplicationCommandDefinition {
        // Context-menu commands have no description and no options; their name is their label
        // and stays as declared.
        guard command.effectiveType == .chatInput else { return command }
        var command = command
        command.descriptionLocalizations = adding(at: command.name, to: command.description, command.descriptionLocalizations)
        command.options = command.options?.map { localized($0, under: command.name) }
        return command
    }

    /// Every description and choice name of `commands` a member can read, in declaration order.
    static func texts(in commands: [ApplicationCommandDefinition]) -> [Text] {
        commands.filter { $0.effectiveType == .chatInput }.flatMap { command in
            [Text(path: command.name, english: command.description, russian: command.descriptionLocalizations?[russianLocale])]
                + (command.options ?? []).flatMap { texts(in: $0, under: command.name) }
        }
    }

    /// The path of a choice: its option's path and its value.
    static func choicePath(_ choice: CommandChoice, under optionPath: String) -> String {
        let value: String = switch choice.value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .boolean(let flag): String(flag)
        }
        return "\(optionPath) =\(value)"
    }

    private static func localized(_ option: ApplicationCommandOption, under parent: String) -> ApplicationCommandOption {
        var option = option
        let path = "\(parent) \(option.name)"
        option.descriptionLocalizations = adding(at: path, to: option.description, option.descriptionLocalizations)
        option.choices = option.choices?.map { choice in
            var choice = choice
            choice.nameLocalizations = adding(at: choicePath(choice, under: path), to: choice.name, choice.nameLocalizations)
            return choice
        }
        option.options = option.options?.map { localized($0, under: path) }
        return option
    }

    private static func texts(in option: ApplicationCommandOption, under parent: String) -> [Text] {
        let path = "\(parent) \(option.name)"
        return [Text(path: path, english: option.description, russian: option.descriptionLocalizations?[russianLocale])]
            + (option.choices ?? []).map {
                Text(path: choicePath($0, under: path), english: $0.name, russian: $0.nameLocalizations?[russianLocale])
            }
            + (option.options ?? []).flatMap { texts(in: $0, under: path) }
    }

    /// `existing` with the Russian for `path`, when the table has it for this very English.
    private static func adding(at path: String, to english: String, _ existing: [String: String]?) -> [String: String]? {
        guard let entry = russian[path], entry.english == english, entry.russian != english else { return existing }
        var localizations = existing ?? [:]
        localizations[russianLocale] = entry.russian
        return localizations
    }
}
