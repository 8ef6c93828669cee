import Foundation

extension RequestLimits {
    /// Everything wrong with a bulk overwrite: each command, plus the per-type counts and
    /// unique names (application-commands.mdx, "Registering a Command"). Paths start at the
    /// array: `[3].options[0].name`.
    static func violations(inCommands commands: [ApplicationCommandDefinition]) -> [RequestLimitViolation] {
        var check = LimitChecker()
        var perType: [ApplicationCommandType: Int] = [:]
        var names: Set<String> = []
        for (index, command) in commands.enumerated() {
            let type = command.effectiveType
            perType[type, default: 0] += 1
            if !names.insert("\(type.rawValue):\(command.name)").inserted {
                check.fail("[\(index)].name", "\"\(command.name)\" is declared twice for this command type")
            }
            for violation in violations(in: command) {
                check.fail("[\(index)].\(violation.path)", violation.message)
            }
        }
        for (type, count) in perType.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let limit: Int? = switch type {
            case .chatInput: chatInputCommandCount
            case .user, .message: contextMenuCommandCount
            default: nil
            }
            if let limit { check.count(count, "", max: limit, of: "commands of type \(type.rawValue)") }
        }
        return check.violations
    }

    /// Everything wrong with one command definition.
    static func violations(in command: ApplicationCommandDefinition) -> [RequestLimitViolation] {
        var check = LimitChecker()
        let chatInput = command.effectiveType == .chatInput
        if chatInput {
            checkName(command.name, at: "name", into: &check)
            check.text(command.description, "description", within: commandDescriptionLength)
        } else {
            // Context-menu names may hold spaces and capitals: only the length applies.
            check.text(command.name, "name", within: commandNameLength)
            if !command.description.isEmpty { check.fail("description", "must be empty for USER and MESSAGE commands") }
            if !(command.options ?? []).isEmpty { check.fail("options", "only CHAT_INPUT commands take options") }
        }
        for (locale, name) in (command.nameLocalizations ?? [:]).sorted(by: { $0.key < $1.key }) {
            if chatInput { checkName(name, at: "name_localizations.\(locale)", into: &check) }
            else { check.text(name, "name_localizations.\(locale)", within: commandNameLength) }
        }
        for (locale, text) in (command.descriptionLocalizations ?? [:]).sorted(by: { $0.key < $1.key }) {
            check.text(text, "description_localizations.\(locale)", within: commandDescriptionLength)
        }
        checkOptions(command.options ?? [], at: "options", into: &check)
        if chatInput {
            let total = totalLength(command)
            if total > commandTotalLength {
                check.fail("", "\(total) characters of names, descriptions and values, at most \(commandTotalLength)")
            }
        }
        return check.violations
    }

    /// Regex and lowercase rule for CHAT_INPUT command and option names.
    static func checkName(_ name: String, at path: String, into check: inout LimitChecker) {
        // Built per call: Regex is not Sendable, and command validation is rare.
        let matches = (try? Regex(commandNamePattern).matchingSemantics(.unicodeScalar).wholeMatch(in: name)) != nil
        if !matches {
            check.fail(path, "\"\(name)\" must be 1–32 letters, digits, '-', '_' or '\\''")
        } else if name.unicodeScalars.contains(where: { $0.properties.changesWhenLowercased }) {
            check.fail(path, "\"\(name)\" must be lowercase")
        }
    }

    private static func checkOptions(_ options: [ApplicationCommandOption], at path: String, into check: inout LimitChecker) {
        check.count(options.count, path, max: commandOptionCount, of: "options")
        var names: Set<String> = []
        var sawOptional = false
        for (index, option) in options.enumerated() {
            let optionPath = "\(path)[\(index)]"
            checkName(option.name, at: optionPath + ".name", into: &check)
            check.text(option.description, optionPath + ".description", within: commandDescriptionLength)
            checkLocalizations(of: option, at: optionPath, into: &check)
            if !names.insert(option.name).inserted {
                check.fail(optionPath + ".name", "\"\(option.name)\" is used twice among these options")
            }
            // "Required options must be listed before optional options."
            if option.required == true, sawOptional {
                check.fail(optionPath + ".required", "required options must come before optional ones")
            }
            if option.required != true { sawOptional = true }
            if let choices = option.choices {
                check.count(choices.count, optionPath + ".choices", max: commandChoiceCount, of: "choices")
                for (choiceIndex, choice) in choices.enumerated() {
                    let choicePath = "\(optionPath).choices[\(choiceIndex)]"
                    checkChoice(choice, at: choicePath, into: &check)
                    for (locale, name) in (choice.nameLocalizations ?? [:]).sorted(by: { $0.key < $1.key }) {
                        check.text(name, "\(choicePath).name_localizations.\(locale)", within: choiceNameLength)
                    }
                }
                if option.autocomplete == true, !choices.isEmpty {
                    check.fail(optionPath + ".autocomplete", "autocomplete cannot be set together with choices")
                }
            }
            check.number(option.minLength, optionPath + ".min_length", within: optionMinLength)
            check.number(option.maxLength, optionPath + ".max_length", within: optionMaxLength)
            if let nested = option.options {
                checkOptions(nested, at: optionPath + ".options", into: &check)
            }
        }
    }

    /// Localized option names follow the name rules, descriptions the 1–100 length, like the defaults.
    private static func checkLocalizations(of option: ApplicationCommandOption, at path: String, into check: inout LimitChecker) {
        for (locale, name) in (option.nameLocalizations ?? [:]).sorted(by: { $0.key < $1.key }) {
            checkName(name, at: "\(path).name_localizations.\(locale)", into: &check)
        }
        for (locale, text) in (option.descriptionLocalizations ?? [:]).sorted(by: { $0.key < $1.key }) {
            check.text(text, "\(path).description_localizations.\(locale)", within: commandDescriptionLength)
        }
    }

    /// The longest of a field's default and its localizations: only that one counts towards the
    /// 8000 characters (application-commands.mdx, "Registering a Command").
    private static func longest(_ text: String, _ localizations: [String: String]?) -> Int {
        (localizations ?? [:]).values.reduce(length(text)) { max($0, length($1)) }
    }

    /// The 8000-character budget: names, descriptions and choice values, recursively, each field
    /// at its longest localization.
    private static func totalLength(_ command: ApplicationCommandDefinition) -> Int {
        longest(command.name, command.nameLocalizations) + longest(command.description, command.descriptionLocalizations)
            + totalLength(command.options ?? [])
    }

    private static func totalLength(_ options: [ApplicationCommandOption]) -> Int {
        options.reduce(0) { sum, option in
            let choices = (option.choices ?? []).reduce(0) { total, choice in
                let value: String = switch choice.value {
                case .string(let text): text
                case .integer(let number): String(number)
                case .number(let number): String(number)
                case .boolean(let flag): String(flag)
                }
                return total + longest(choice.name, choice.nameLocalizations) + length(value)
            }
            return sum + longest(option.name, option.nameLocalizations) + longest(option.description, option.descriptionLocalizations)
                + choices + totalLength(option.options ?? [])
        }
    }
}
