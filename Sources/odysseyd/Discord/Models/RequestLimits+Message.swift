extension RequestLimits {
    /// Everything wrong with a message body; empty when Discord should accept it.
    static func violations(in payload: MessagePayload, at prefix: String = "") -> [RequestLimitViolation] {
        var check = LimitChecker()
        check.text(payload.content, prefix + "content", max: contentLength)
        if let embeds = payload.embeds {
            check.count(embeds.count, prefix + "embeds", max: embedCount, of: "embeds")
            var total = 0
            for (index, embed) in embeds.enumerated() {
                total += checkEmbed(embed, at: "\(prefix)embeds[\(index)]", into: &check)
            }
            if total > embedTotalLength {
                check.fail(prefix + "embeds", "\(total) characters in titles, descriptions, fields, footers and authors together, at most \(embedTotalLength)")
            }
        }
        if let components = payload.components {
            checkMessageComponents(components, at: prefix + "components", into: &check)
        }
        return check.violations
    }

    /// Checks one embed's own limits and returns the characters it adds to the message total.
    private static func checkEmbed(_ embed: Embed, at path: String, into check: inout LimitChecker) -> Int {
        check.text(embed.title, path + ".title", max: embedTitleLength)
        check.text(embed.description, path + ".description", max: embedDescriptionLength)
        check.text(embed.url, path + ".url", max: embedURLLength)
        check.number(embed.color, path + ".color", within: embedColorRange)
        check.text(embed.footer?.text, path + ".footer.text", max: embedFooterTextLength)
        check.text(embed.author?.name, path + ".author.name", max: embedAuthorNameLength)
        var total = [embed.title, embed.description, embed.footer?.text, embed.author?.name]
            .reduce(0) { $0 + ($1.map(length) ?? 0) }
        if let fields = embed.fields {
            check.count(fields.count, path + ".fields", max: embedFieldCount, of: "fields")
            for (index, field) in fields.enumerated() {
                check.text(field.name, "\(path).fields[\(index)].name", max: embedFieldNameLength)
                check.text(field.value, "\(path).fields[\(index)].value", max: embedFieldValueLength)
                total += length(field.name) + length(field.value)
            }
        }
        return total
    }

    /// Top-level message components: action rows of up to five buttons or one select, with
    /// custom ids unique across the message.
    static func checkMessageComponents(_ components: [MessageComponent], at path: String, into check: inout LimitChecker) {
        check.count(components.count, path, max: actionRowCount, of: "action rows")
        var seen: Set<String> = []
        for (rowIndex, component) in components.enumerated() {
            let rowPath = "\(path)[\(rowIndex)]"
            guard case .actionRow(let row) = component else {
                check.fail(rowPath, "component type \(component.type.rawValue) cannot be top-level; wrap it in an action row")
                continue
            }
            let buttons = row.components.filter { $0.type == .button }.count
            let selects = row.components.count - buttons
            if row.components.isEmpty {
                check.fail(rowPath + ".components", "an action row needs at least one component")
            } else if selects > 0 && (selects > 1 || buttons > 0) {
                check.fail(rowPath + ".components", "a select must be alone in its action row")
            } else {
                check.count(buttons, rowPath + ".components", max: buttonsPerRow, of: "buttons")
            }
            for (index, child) in row.components.enumerated() {
                let childPath = "\(rowPath).components[\(index)]"
                switch child {
                case .button(let button): checkButton(button, at: childPath, into: &check)
                case .stringSelect(let select): checkSelect(select, at: childPath, into: &check)
                default: check.fail(childPath, "component type \(child.type.rawValue) cannot be in a message action row")
                }
                if let id = child.customID {
                    if !seen.insert(id).inserted { check.fail(childPath + ".custom_id", "\"\(id)\" is used twice in one message") }
                }
            }
        }
    }

    private static func checkButton(_ button: Button, at path: String, into check: inout LimitChecker) {
        check.text(button.label, path + ".label", max: buttonLabelLength)
        switch button.style {
        case .link:
            if button.url == nil { check.fail(path + ".url", "a link button needs a url") }
            if button.customID != nil { check.fail(path + ".custom_id", "a link button cannot have a custom_id") }
            check.text(button.url, path + ".url", max: buttonURLLength)
        case .premium:
            if button.skuID == nil { check.fail(path + ".sku_id", "a premium button needs a sku_id") }
        default:
            if let id = button.customID {
                check.text(id, path + ".custom_id", within: customIDLength)
            } else {
                check.fail(path + ".custom_id", "a non-link button needs a custom_id")
            }
            if button.url != nil { check.fail(path + ".url", "only link buttons have a url") }
        }
    }

    private static func checkSelect(_ select: StringSelect, at path: String, into check: inout LimitChecker) {
        check.text(select.customID, path + ".custom_id", within: customIDLength)
        check.count(select.options.count, path + ".options", within: selectOptionCount, of: "options")
        check.text(select.placeholder, path + ".placeholder", max: selectPlaceholderLength)
        check.number(select.minValues, path + ".min_values", within: selectMinValues)
        check.number(select.maxValues, path + ".max_values", within: selectMaxValues)
        for (index, option) in select.options.enumerated() {
            let optionPath = "\(path).options[\(index)]"
            check.text(option.label, optionPath + ".label", max: selectOptionTextLength)
            check.text(option.value, optionPath + ".value", max: selectOptionTextLength)
            check.text(option.description, optionPath + ".description", max: selectOptionTextLength)
        }
    }
}

