/// Renders a catalog key in a language, filling `{name}` placeholders.
///
/// A key missing from a catalog is a programming error that `CatalogTests` catches; at run time
/// it falls back to English, then to the key itself, so a reply never fails over its text.
///
/// ```swift
/// Localizer.text(MessageKeys.Interaction.missingPermission, ["permissions": "Manage Server"], in: .en)
/// // "You need the Manage Server permission to do this."
/// ```
enum Localizer {
    static func text(_ key: String, _ values: [String: String] = [:], in language: Language) -> String {
        let template = Catalog.table(for: language)[key] ?? Catalog.en[key] ?? key
        return fill(template, values)
    }

    /// Russian needs three plural forms (1 день, 2 дня, 5 дней); English uses `one` and `many`
    /// and repeats `many` as `few`, so both catalogs hold the same keys.
    enum PluralForm: String, CaseIterable, Sendable {
        case one, few, many

        init(_ count: Int, in language: Language) {
            let n = abs(count)
            switch language {
            case .en:
                self = n == 1 ? .one : .many
            case .ru:
                let (last, lastTwo) = (n % 10, n % 100)
                if last == 1 && lastTwo != 11 { self = .one }
                else if (2...4).contains(last) && !(12...14).contains(lastTwo) { self = .few }
                else { self = .many }
            }
        }
    }

    /// `count` with its noun in the right form: `plural(MessageKeys.Stats.days, 5, in: .ru)` → "5 дней".
    /// The templates get `{count}`.
    static func plural(_ key: String, _ count: Int, in language: Language) -> String {
        text("\(key).\(PluralForm(count, in: language).rawValue)", ["count": String(count)], in: language)
    }

    /// Replaces each `{name}` with its value in one pass over the template, so a value that
    /// itself looks like a placeholder (a character named `{detail}`) is never filled in turn.
    /// Unknown placeholders stay visible so they are noticed.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                  let value = values[String(rest[afterOpen..<close])] else {
                text.append("{")
                rest = rest[afterOpen...]
                continue
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// The `{name}` placeholders of a template, for `CatalogTests`.
    static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            names.insert(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
