extension MessageKeys {
    enum Dice {
        /// A long dice list collapsed in a roll's detail. Plural key (`<key>.one/.few/.many`).
        static let hiddenDice = "dice.render.hidden_dice"
        static let moreDice = "dice.render.more_dice"

        /// `/roll dice` and `/roll use`: the roll itself, and a roll that could not be read.
        enum Roll {
            static let header = "dice.roll.header"
            static let headerSaved = "dice.roll.header_saved"
            static let unreadable = "dice.roll.unreadable"
            static let examples = "dice.roll.examples"
        }

        /// `/roll save|use|list|delete`.
        enum Saved {
            static let nameMissing = "dice.saved.name_missing"
            static let notFound = "dice.saved.not_found"
            static let deleteNotFound = "dice.saved.delete_not_found"
            static let listEmpty = "dice.saved.list_empty"
            static let listTitle = "dice.saved.list_title"
            static let deleted = "dice.saved.deleted"
            static let saveMissing = "dice.saved.save_missing"
            static let created = "dice.saved.created"
            static let replaced = "dice.saved.replaced"
            static let limitReached = "dice.saved.limit_reached"
            /// Plural key.
            static let count = "dice.count.saved_rolls"
        }

        /// `/character add|list|remove|select`.
        enum Characters {
            static let listEmpty = "dice.character.list_empty"
            static let listTitle = "dice.character.list_title"
            static let listLegend = "dice.character.list_legend"
            static let summary = "dice.character.summary"
            static let removed = "dice.character.removed"
            static let removedActive = "dice.character.removed_active"
            static let selected = "dice.character.selected"
            static let nameMissing = "dice.character.name_missing"
            static let modifierRange = "dice.character.modifier_range"
            static let tooLong = "dice.character.too_long"
            static let added = "dice.character.added"
            static let addedActive = "dice.character.added_active"
            static let duplicate = "dice.character.duplicate"
            static let limitReached = "dice.character.limit_reached"
            static let unknown = "dice.character.unknown"
            /// Plural key.
            static let count = "dice.count.player_characters"
        }
    }
}

extension CatalogSection {
    /// `/roll` and `/character`, plus the dice engine's errors (``DiceErrorCatalog``).
    static let dice = CatalogSection(
        keys: [
            MessageKeys.Dice.moreDice,
            MessageKeys.Dice.Roll.header, MessageKeys.Dice.Roll.headerSaved, MessageKeys.Dice.Roll.unreadable,
            MessageKeys.Dice.Roll.examples,
            MessageKeys.Dice.Saved.nameMissing, MessageKeys.Dice.Saved.notFound, MessageKeys.Dice.Saved.deleteNotFound,
            MessageKeys.Dice.Saved.listEmpty, MessageKeys.Dice.Saved.listTitle, MessageKeys.Dice.Saved.deleted,
            MessageKeys.Dice.Saved.saveMissing, MessageKeys.Dice.Saved.created, MessageKeys.Dice.Saved.replaced,
            MessageKeys.Dice.Saved.limitReached,
            MessageKeys.Dice.Characters.listEmpty, MessageKeys.Dice.Characters.listTitle, MessageKeys.Dice.Characters.listLegend,
            MessageKeys.Dice.Characters.summary, MessageKeys.Dice.Characters.removed, MessageKeys.Dice.Characters.removedActive,
            MessageKeys.Dice.Characters.selected, MessageKeys.Dice.Characters.nameMissing,
            MessageKeys.Dice.Characters.modifierRange, MessageKeys.Dice.Characters.tooLong, MessageKeys.Dice.Characters.added,
            MessageKeys.Dice.Characters.addedActive, MessageKeys.Dice.Characters.duplicate,
            MessageKeys.Dice.Characters.limitReached, MessageKeys.Dice.Characters.unknown,
        ] + MessageKeys.Dice.Errors.all,
        plurals: [MessageKeys.Dice.hiddenDice, MessageKeys.Dice.Saved.count, MessageKeys.Dice.Characters.count]
            + MessageKeys.Dice.Limit.all,
        ru: DiceErrorCatalog.ru.merging([
            "dice.render.hidden_dice.one": "{count} кость",
            "dice.render.hidden_dice.few": "{count} кости",
            "dice.render.hidden_dice.many": "{count} костей",
            "dice.render.more_dice": "… и ещё {count}",

            "dice.roll.header": "🎲 {name} бросает кости",
            "dice.roll.header_saved": "🎲 {name} бросает кости: *{saved}*",
            "dice.roll.unreadable": "Не получилось разобрать бросок: {error}.",
            "dice.roll.examples": "Примеры: `2d6+3`, `4d6kh3`, `1d20+5 атака`, `6 4d6kh3`, `10d10>=8`.",

            "dice.saved.name_missing": "Укажите название сохранённого броска.",
            "dice.saved.not_found": "У вас нет сохранённого броска «{name}». Посмотреть свои броски можно в `/roll list`.",
            "dice.saved.delete_not_found": "У вас нет сохранённого броска «{name}».",
            "dice.saved.list_empty": "У вас пока нет сохранённых бросков. Сохраните первый: `/roll save name:атака expression:1d20+5`.",
            "dice.saved.list_title": "Ваши сохранённые броски ({count}/{maximum})",
            "dice.saved.deleted": "Бросок «{name}» удалён.",
            "dice.saved.save_missing": "Укажите название и выражение броска.",
            "dice.saved.created": "Бросок «{name}» сохранён: {expression}. Бросить его можно командой `/roll use`.",
            "dice.saved.replaced": "Бросок «{name}» обновлён: {expression}.",
            "dice.saved.limit_reached": "У вас уже {rolls}, больше сохранить нельзя. Сначала удалите один командой `/roll delete`.",
            "dice.count.saved_rolls.one": "{count} сохранённый бросок",
            "dice.count.saved_rolls.few": "{count} сохранённых броска",
            "dice.count.saved_rolls.many": "{count} сохранённых бросков",

            "dice.character.list_empty": "У вас пока нет персонажей. Добавьте первого: `/character add name:Элара initiative:3`.",
            "dice.character.list_title": "Ваши персонажи",
            "dice.character.list_legend": "★ отмечает персонажа, за которого вы играете.",
            "dice.character.summary": "Инициатива {modifier}",
            "dice.character.removed": "Персонаж **{name}** удалён.",
            "dice.character.removed_active": "Персонаж **{name}** удалён. Активного персонажа у вас теперь нет: выберите его командой `/character select`.",
            "dice.character.selected": "Теперь вы играете за **{name}** (инициатива {modifier}).",
            "dice.character.name_missing": "Укажите имя персонажа.",
            "dice.character.modifier_range": "Модификатор инициативы должен быть от {minimum} до {maximum}.",
            "dice.character.too_long": "Имя может быть не длиннее {name_length}, а заметки — не длиннее {notes_length}.",
            "dice.character.added": "Персонаж **{name}** добавлен (инициатива {modifier}). Чтобы играть за него, выберите его командой `/character select`.",
            "dice.character.added_active": "Персонаж **{name}** добавлен (инициатива {modifier}). Теперь вы играете за него.",
            "dice.character.duplicate": "У вас уже есть персонаж **{name}**.",
            "dice.character.limit_reached": "У вас уже {characters}, больше добавить нельзя. Сначала удалите одного командой `/character remove`.",
            "dice.character.unknown": "У вас нет персонажа **{name}**. Посмотреть своих персонажей можно в `/character list`.",
            "dice.count.player_characters.one": "{count} персонаж",
            "dice.count.player_characters.few": "{count} персонажа",
            "dice.count.player_characters.many": "{count} персонажей",
        ]) { engine, _ in engine },
        en: DiceErrorCatalog.en.merging([
            "dice.render.hidden_dice.one": "{count} die",
            "dice.render.hidden_dice.few": "{count} dice",
            "dice.render.hidden_dice.many": "{count} dice",
            "dice.render.more_dice": "… +{count} more",

            "dice.roll.header": "🎲 {name} rolls",
            "dice.roll.header_saved": "🎲 {name} rolls *{saved}*",
            "dice.roll.unreadable": "I couldn't read that roll: {error}.",
            "dice.roll.examples": "Examples: `2d6+3`, `4d6kh3`, `1d20+5 attack`, `6 4d6kh3`, `10d10>=8`.",

            "dice.saved.name_missing": "Name a saved roll.",
            "dice.saved.not_found": "You have no saved roll called “{name}”. `/roll list` shows yours.",
            "dice.saved.delete_not_found": "You have no saved roll called “{name}”.",
            "dice.saved.list_empty": "You have no saved rolls yet. Save one with `/roll save name:attack expression:1d20+5`.",
            "dice.saved.list_title": "Your saved rolls ({count}/{maximum})",
            "dice.saved.deleted": "Deleted “{name}”.",
            "dice.saved.save_missing": "Give the roll a name and an expression.",
            "dice.saved.created": "Saved “{name}”: {expression}. Roll it with `/roll use`.",
            "dice.saved.replaced": "Updated “{name}”: {expression}.",
            "dice.saved.limit_reached": "You already have {rolls}. Delete one with `/roll delete` first.",
            "dice.count.saved_rolls.one": "{count} saved roll",
            "dice.count.saved_rolls.few": "{count} saved rolls",
            "dice.count.saved_rolls.many": "{count} saved rolls",

            "dice.character.list_empty": "You have no characters yet. Add one with `/character add name:Elara initiative:3`.",
            "dice.character.list_title": "Your characters",
            "dice.character.list_legend": "★ marks the one you play.",
            "dice.character.summary": "Initiative {modifier}",
            "dice.character.removed": "Removed **{name}**.",
            "dice.character.removed_active": "Removed **{name}**. You have no active character now: `/character select` picks one.",
            "dice.character.selected": "You now play **{name}** (initiative {modifier}).",
            "dice.character.name_missing": "Give the character a name.",
            "dice.character.modifier_range": "The initiative modifier must be between {minimum} and {maximum}.",
            "dice.character.too_long": "Names are at most {name_length} and notes at most {notes_length}.",
            "dice.character.added": "Added **{name}** (initiative {modifier}). `/character select` makes them the one you play.",
            "dice.character.added_active": "Added **{name}** (initiative {modifier}). You play them now.",
            "dice.character.duplicate": "You already have a character called **{name}**.",
            "dice.character.limit_reached": "You already have {characters}. Remove one with `/character remove` first.",
            "dice.character.unknown": "You have no character called **{name}**. `/character list` shows yours.",
            "dice.count.player_characters.one": "{count} character",
            "dice.count.player_characters.few": "{count} characters",
            "dice.count.player_characters.many": "{count} characters",
        ]) { engine, _ in engine }
    )
}
