extension RequestLimits {
    /// Everything wrong with an interaction response; paths start at the response
    /// (`data.content`, `data.choices`, `data.title`).
    static func violations(in response: InteractionResponse) -> [RequestLimitViolation] {
        switch response {
        case .pong, .deferredMessage, .deferredUpdate:
            return []
        case .message(let payload), .updateMessage(let payload):
            return violations(in: payload, at: "data.")
        case .autocomplete(let choices):
            var check = LimitChecker()
            check.count(choices.count, "data.choices", max: autocompleteChoiceCount, of: "choices")
            for (index, choice) in choices.enumerated() {
                checkChoice(choice, at: "data.choices[\(index)]", into: &check)
            }
            return check.violations
        case .modal(let modal):
            return violations(in: modal, at: "data.")
        }
    }

    /// A modal: title, custom id, and 1–5 action rows each holding one text input.
    static func violations(in modal: ModalPayload, at prefix: String = "") -> [RequestLimitViolation] {
        var check = LimitChecker()
        check.text(modal.customID, prefix + "custom_id", within: customIDLength)
        check.text(modal.title, prefix + "title", within: modalTitleLength)
        check.count(modal.components.count, prefix + "components", within: modalComponentCount, of: "components")
        var seen: Set<String> = []
        for (rowIndex, component) in modal.components.enumerated() {
            let rowPath = "\(prefix)components[\(rowIndex)]"
            guard case .actionRow(let row) = component else {
                check.fail(rowPath, "component type \(component.type.rawValue) cannot be top-level in this modal; wrap it in an action row")
                continue
            }
            if row.components.count != 1 {
                check.fail(rowPath + ".components", "\(row.components.count) components, a modal action row holds exactly one text input")
            }
            for (index, child) in row.components.enumerated() {
                let path = "\(rowPath).components[\(index)]"
                guard case .textInput(let input) = child else {
                    check.fail(path, "component type \(child.type.rawValue) cannot be in a modal action row")
                    continue
                }
                checkTextInput(input, at: path, into: &check)
                if !seen.insert(input.customID).inserted {
                    check.fail(path + ".custom_id", "\"\(input.customID)\" is used twice in one modal")
                }
            }
        }
        return check.violations
    }

    private static func checkTextInput(_ input: TextInput, at path: String, into check: inout LimitChecker) {
        check.text(input.customID, path + ".custom_id", within: customIDLength)
        if let label = input.label {
            check.text(label, path + ".label", within: textInputLabelLength)
        } else {
            check.fail(path + ".label", "a text input in an action row needs a label")
        }
        check.text(input.value, path + ".value", max: textInputValueLength)
        check.text(input.placeholder, path + ".placeholder", max: textInputPlaceholderLength)
        check.number(input.minLength, path + ".min_length", within: textInputMinLength)
        check.number(input.maxLength, path + ".max_length", within: textInputMaxLength)
        if let min = input.minLength, let max = input.maxLength, min > max {
            check.fail(path + ".min_length", "min_length \(min) is above max_length \(max)")
        }
    }

    /// A choice, fixed or suggested: name 1–100, string value up to 100.
    static func checkChoice(_ choice: CommandChoice, at path: String, into check: inout LimitChecker) {
        check.text(choice.name, path + ".name", within: choiceNameLength)
        if case .string(let value) = choice.value {
            check.text(value, path + ".value", max: choiceStringValueLength)
        }
    }
}
