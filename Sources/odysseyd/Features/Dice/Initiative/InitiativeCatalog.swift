extension MessageKeys {
    /// `/init`, its refusals and the tracker message. "The order" is «порядок ходов» in Russian,
    /// the game master «мастер»: the words Russian tabletop groups use.
    enum Initiative {
        static let noTracker = "initiative.no_tracker"
        static let joined = "initiative.joined"
        static let full = "initiative.full"
        static let joinNoCharacter = "initiative.join.no_character"
        static let joinDuplicate = "initiative.join.duplicate"
        static let addMissing = "initiative.add.missing"
        static let addDuplicate = "initiative.add.duplicate"
        static let addNotAllowed = "initiative.add.not_allowed"
        static let nextTurn = "initiative.next.turn"
        static let nextEmpty = "initiative.next.empty"
        static let nextNotAllowed = "initiative.next.not_allowed"
        static let nextCurrentTurn = "initiative.next.current_turn"
        static let removeDone = "initiative.remove.done"
        static let removeNotFound = "initiative.remove.not_found"
        static let removeNotAllowed = "initiative.remove.not_allowed"
        static let resetDone = "initiative.reset.done"
        static let resetNotAllowed = "initiative.reset.not_allowed"
        static let rollNotOne = "initiative.roll.not_one"
        static let rollOutOfRange = "initiative.roll.out_of_range"
        static let titleRound = "initiative.message.title_round"
        static let titleNotStarted = "initiative.message.title_not_started"
        static let messageEmpty = "initiative.message.empty"
        static let messageStartHint = "initiative.message.start_hint"
        static let messageGameMaster = "initiative.message.game_master"
        static let buttonNext = "initiative.button.next"
        static let buttonStart = "initiative.button.start"
        static let buttonJoin = "initiative.button.join"
        /// Plural keys: the catalogs hold `<key>.one`, `.few` and `.many` (``Localizer/plural(_:_:in:)``).
        static let combatants = "initiative.count.combatants"
        static let rolls = "initiative.count.rolls"
    }
}

extension CatalogSection {
    static let initiative = CatalogSection(
        keys: [
            MessageKeys.Initiative.noTracker, MessageKeys.Initiative.joined, MessageKeys.Initiative.full,
            MessageKeys.Initiative.joinNoCharacter, MessageKeys.Initiative.joinDuplicate,
            MessageKeys.Initiative.addMissing, MessageKeys.Initiative.addDuplicate, MessageKeys.Initiative.addNotAllowed,
            MessageKeys.Initiative.nextTurn, MessageKeys.Initiative.nextEmpty, MessageKeys.Initiative.nextNotAllowed,
            MessageKeys.Initiative.nextCurrentTurn,
            MessageKeys.Initiative.removeDone, MessageKeys.Initiative.removeNotFound, MessageKeys.Initiative.removeNotAllowed,
            MessageKeys.Initiative.resetDone, MessageKeys.Initiative.resetNotAllowed,
            MessageKeys.Initiative.rollNotOne, MessageKeys.Initiative.rollOutOfRange,
            MessageKeys.Initiative.titleRound, MessageKeys.Initiative.titleNotStarted, MessageKeys.Initiative.messageEmpty,
            MessageKeys.Initiative.messageStartHint, MessageKeys.Initiative.messageGameMaster,
            MessageKeys.Initiative.buttonNext, MessageKeys.Initiative.buttonStart, MessageKeys.Initiative.buttonJoin,
        ],
        plurals: [MessageKeys.Initiative.combatants, MessageKeys.Initiative.rolls],
        ru: [
            "initiative.no_tracker": "В этом канале пока нет инициативы. Начать бой можно командой `/init join`.",
            "initiative.joined": "⚔️ **{name}** вступает в бой: {detail} = **{initiative}** (место {place} из {count}).",
            "initiative.full": "В порядке ходов больше нет мест: в нём уже {combatants}.",
            "initiative.join.no_character": "У вас нет персонажа по имени **{name}**. Создать его можно командой `/character add`.",
            "initiative.join.duplicate": "**{name}** уже в порядке ходов с инициативой {initiative}. Чтобы перебросить, сначала используйте `/init remove`.",
            "initiative.add.missing": "Укажите имя участника боя и его инициативу.",
            "initiative.add.duplicate": "**{existing}** уже в порядке ходов. Назовите этого участника иначе, например «{name} 2».",
            "initiative.add.not_allowed": "Добавлять участников боя может только мастер (<@{game_master}>) или модератор.",
            "initiative.next.turn": "▶️ Раунд {round}: ходит **{name}**.{mention}",
            "initiative.next.empty": "В порядке ходов пока никого нет. Сначала вступите в бой: `/init join`.",
            "initiative.next.not_allowed": "Завершить ход может только мастер, модератор или тот, чей сейчас ход.",
            "initiative.next.current_turn": "Сейчас ходит **{name}**.",
            "initiative.remove.done": "**{name}** больше нет в порядке ходов.",
            "initiative.remove.not_found": "В порядке ходов нет никого по имени **{name}**.",
            "initiative.remove.not_allowed": "Убрать **{name}** может только мастер, модератор или игрок, чей это персонаж.",
            "initiative.reset.done": "🧹 Инициатива сброшена. Новый бой начинается с `/init join`.",
            "initiative.reset.not_allowed": "Сбросить порядок ходов может только мастер (<@{game_master}>) или модератор.",
            "initiative.roll.not_one": "Инициатива — это один бросок, а не {rolls}.",
            "initiative.roll.out_of_range": "Значение инициативы {total} вне допустимого диапазона.",
            "initiative.message.title_round": "Инициатива — раунд {round}",
            "initiative.message.title_not_started": "Инициатива — бой ещё не начался",
            "initiative.message.empty": "Пока никто не вступил в бой. Нажмите **{button}** или используйте `/init join`.",
            "initiative.message.start_hint": "Когда все в сборе, нажмите **{button}**.",
            "initiative.message.game_master": "Мастер: <@{game_master}>",
            "initiative.button.next": "Следующий ход",
            "initiative.button.start": "Начать бой",
            "initiative.button.join": "Вступить в бой",
            "initiative.count.combatants.one": "{count} участник",
            "initiative.count.combatants.few": "{count} участника",
            "initiative.count.combatants.many": "{count} участников",
            "initiative.count.rolls.one": "{count} бросок",
            "initiative.count.rolls.few": "{count} броска",
            "initiative.count.rolls.many": "{count} бросков",
        ],
        en: [
            "initiative.no_tracker": "There is no initiative in this channel yet: `/init join` starts one.",
            "initiative.joined": "⚔️ **{name}** joins the initiative: {detail} = **{initiative}** ({place} of {count}).",
            "initiative.full": "The order is full ({combatants}).",
            "initiative.join.no_character": "You have no character called **{name}**. `/character add` creates one.",
            "initiative.join.duplicate": "**{name}** is already in the order with {initiative}. `/init remove` first to roll again.",
            "initiative.add.missing": "Name the combatant and give its initiative.",
            "initiative.add.duplicate": "**{existing}** is already in the order. Give this one another name, like “{name} 2”.",
            "initiative.add.not_allowed": "Only the game master (<@{game_master}>) or a moderator can add combatants.",
            "initiative.next.turn": "▶️ Round {round}: **{name}**’s turn.{mention}",
            "initiative.next.empty": "Nobody is in the order yet: `/init join` first.",
            "initiative.next.not_allowed": "Only the game master, a moderator or the combatant whose turn it is can end the turn.",
            "initiative.next.current_turn": "It is **{name}**’s turn.",
            "initiative.remove.done": "Removed **{name}** from the order.",
            "initiative.remove.not_found": "Nobody called **{name}** is in the order.",
            "initiative.remove.not_allowed": "Only the game master, a moderator or its own player can remove **{name}**.",
            "initiative.reset.done": "🧹 Initiative cleared. `/init join` to start a new combat.",
            "initiative.reset.not_allowed": "Only the game master (<@{game_master}>) or a moderator can reset the order.",
            "initiative.roll.not_one": "Initiative is one roll, not {rolls}.",
            "initiative.roll.out_of_range": "An initiative of {total} is out of range.",
            "initiative.message.title_round": "Initiative — round {round}",
            "initiative.message.title_not_started": "Initiative — not started",
            "initiative.message.empty": "Nobody has joined yet. Press **{button}** or use `/init join`.",
            "initiative.message.start_hint": "Press **{button}** when everyone is in.",
            "initiative.message.game_master": "Game master: <@{game_master}>",
            "initiative.button.next": "Next turn",
            "initiative.button.start": "Start combat",
            "initiative.button.join": "Join",
            "initiative.count.combatants.one": "{count} combatant",
            "initiative.count.combatants.few": "{count} combatants",
            "initiative.count.combatants.many": "{count} combatants",
            "initiative.count.rolls.one": "{count} roll",
            "initiative.count.rolls.few": "{count} rolls",
            "initiative.count.rolls.many": "{count} rolls",
        ]
    )
}
