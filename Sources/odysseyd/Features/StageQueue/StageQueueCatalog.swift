extension MessageKeys {
    /// `/sign-up`, the queue message and the announcements. In Russian the sign-up is «запись на
    /// выступление», the host «ведущий», a Discord Stage channel «трибуна», and promoting to
    /// speaker «дать слово», as Discord's own Russian interface says. Member mentions carry no
    /// grammatical gender, so the Russian avoids past-tense verbs about them (present tense, or
    /// «участник …» as the subject). `{permission}` is Discord's own name for the permission in the
    /// language (``StageQueueText/hostPermission(in:)``).
    enum StageQueue {
        // Members
        static let roleRequired = "stage_queue.join.role_required"
        static let joined = "stage_queue.join.joined"
        static let alreadyQueued = "stage_queue.join.already_queued"
        static let joinPaused = "stage_queue.join.paused"
        static let leftStage = "stage_queue.leave.stage"
        static let leftQueueAndStage = "stage_queue.leave.queue_and_stage"
        static let leftQueue = "stage_queue.leave.queue"
        static let leaveNotQueued = "stage_queue.leave.not_queued"
        static let listPosition = "stage_queue.list.position"
        static let listNotQueued = "stage_queue.list.not_queued"

        // Hosts
        static let hostsOnly = "stage_queue.hosts_only.permission"
        static let hostsOnlyOrRole = "stage_queue.hosts_only.permission_or_role"
        static let nextNothing = "stage_queue.next.nothing"
        static let nextFinished = "stage_queue.next.finished"
        static let nextPromoted = "stage_queue.next.promoted"
        static let nextNotPromoted = "stage_queue.next.not_promoted"
        static let nextCalled = "stage_queue.next.called"
        static let removedFromQueue = "stage_queue.remove.queue"
        static let removedFromStage = "stage_queue.remove.stage"
        static let memberNotQueued = "stage_queue.member.not_queued"
        static let moveStays = "stage_queue.move.stays"
        static let moved = "stage_queue.move.moved"
        static let paused = "stage_queue.pause.done"
        static let alreadyPaused = "stage_queue.pause.already"
        static let resumed = "stage_queue.resume.done"
        static let notPaused = "stage_queue.resume.not_paused"
        static let clearConfirmEmpty = "stage_queue.clear.confirm_empty"
        static let clearConfirmOnStage = "stage_queue.clear.confirm_on_stage"
        static let clearButton = "stage_queue.clear.button"
        static let clearNothing = "stage_queue.clear.nothing"

        // Why a called performer was not promoted (``StagePromotion/Failure``)
        static let promotionNotConnected = "stage_queue.promotion.not_connected"
        static let promotionWrongChannel = "stage_queue.promotion.wrong_channel"
        static let promotionMissingPermission = "stage_queue.promotion.missing_permission"
        static let promotionNotMember = "stage_queue.promotion.not_member"
        static let promotionRefused = "stage_queue.promotion.refused"
        static let promotionNoMessage = "stage_queue.promotion.no_message"
        static let promotionNoAnswer = "stage_queue.promotion.no_answer"

        // The queue message
        static let messageTitle = "stage_queue.message.title"
        static let messageTitlePaused = "stage_queue.message.title_paused"
        static let messageOnStage = "stage_queue.message.on_stage"
        static let messageNobodyOnStage = "stage_queue.message.nobody_on_stage"
        static let messageEmpty = "stage_queue.message.empty"
        static let messageEmptyOpen = "stage_queue.message.empty_open"
        static let messagePaused = "stage_queue.message.paused"
        static let joinButton = "stage_queue.button.join"
        static let leaveButton = "stage_queue.button.leave"
        static let nobodyWaiting = "stage_queue.waiting.none"

        // Announcements
        static let announceJoined = "stage_queue.announce.joined"
        static let announceCalled = "stage_queue.announce.called"

        // /sign-up setup
        static let setupUnchanged = "stage_queue.setup.unchanged"
        static let setupSaved = "stage_queue.setup.saved"
        static let setupSignUpChannel = "stage_queue.setup.sign_up_channel"
        static let setupStageChannel = "stage_queue.setup.stage_channel"
        static let setupStageIntegration = "stage_queue.setup.stage_integration"
        static let setupAnnounceChannel = "stage_queue.setup.announce_channel"
        static let setupSignUpRole = "stage_queue.setup.sign_up_role"
        static let setupHostRole = "stage_queue.setup.host_role"
        static let setupChannelNotSet = "stage_queue.setup.channel_not_set"
        static let setupRoleNotSet = "stage_queue.setup.role_not_set"
        static let setupAnyone = "stage_queue.setup.anyone"
        static let setupOn = "stage_queue.setup.on"
        static let setupOff = "stage_queue.setup.off"
        static let setupNoStageWarning = "stage_queue.setup.no_stage_warning"

        /// Plural keys: the catalogs hold `<key>.one`, `.few` and `.many` (``Localizer/plural(_:_:in:)``).
        static let waiting = "stage_queue.count.waiting"
        static let clearConfirm = "stage_queue.count.clear_confirm"
        static let cleared = "stage_queue.count.cleared"
        static let messageMore = "stage_queue.count.more"
    }
}

extension CatalogSection {
    static let stageQueue = CatalogSection(
        keys: [
            MessageKeys.StageQueue.roleRequired, MessageKeys.StageQueue.joined, MessageKeys.StageQueue.alreadyQueued,
            MessageKeys.StageQueue.joinPaused, MessageKeys.StageQueue.leftStage, MessageKeys.StageQueue.leftQueueAndStage,
            MessageKeys.StageQueue.leftQueue, MessageKeys.StageQueue.leaveNotQueued, MessageKeys.StageQueue.listPosition,
            MessageKeys.StageQueue.listNotQueued,
            MessageKeys.StageQueue.hostsOnly, MessageKeys.StageQueue.hostsOnlyOrRole, MessageKeys.StageQueue.nextNothing,
            MessageKeys.StageQueue.nextFinished, MessageKeys.StageQueue.nextPromoted, MessageKeys.StageQueue.nextNotPromoted,
            MessageKeys.StageQueue.nextCalled, MessageKeys.StageQueue.removedFromQueue, MessageKeys.StageQueue.removedFromStage,
            MessageKeys.StageQueue.memberNotQueued, MessageKeys.StageQueue.moveStays, MessageKeys.StageQueue.moved,
            MessageKeys.StageQueue.paused, MessageKeys.StageQueue.alreadyPaused, MessageKeys.StageQueue.resumed,
            MessageKeys.StageQueue.notPaused, MessageKeys.StageQueue.clearConfirmEmpty, MessageKeys.StageQueue.clearConfirmOnStage,
            MessageKeys.StageQueue.clearButton, MessageKeys.StageQueue.clearNothing,
            MessageKeys.StageQueue.promotionNotConnected, MessageKeys.StageQueue.promotionWrongChannel,
            MessageKeys.StageQueue.promotionMissingPermission, MessageKeys.StageQueue.promotionNotMember,
            MessageKeys.StageQueue.promotionRefused, MessageKeys.StageQueue.promotionNoMessage, MessageKeys.StageQueue.promotionNoAnswer,
            MessageKeys.StageQueue.messageTitle, MessageKeys.StageQueue.messageTitlePaused, MessageKeys.StageQueue.messageOnStage,
            MessageKeys.StageQueue.messageNobodyOnStage, MessageKeys.StageQueue.messageEmpty, MessageKeys.StageQueue.messageEmptyOpen,
            MessageKeys.StageQueue.messagePaused, MessageKeys.StageQueue.joinButton, MessageKeys.StageQueue.leaveButton,
            MessageKeys.StageQueue.nobodyWaiting,
            MessageKeys.StageQueue.announceJoined, MessageKeys.StageQueue.announceCalled,
            MessageKeys.StageQueue.setupUnchanged, MessageKeys.StageQueue.setupSaved, MessageKeys.StageQueue.setupSignUpChannel,
            MessageKeys.StageQueue.setupStageChannel, MessageKeys.StageQueue.setupStageIntegration,
            MessageKeys.StageQueue.setupAnnounceChannel, MessageKeys.StageQueue.setupSignUpRole, MessageKeys.StageQueue.setupHostRole,
            MessageKeys.StageQueue.setupChannelNotSet, MessageKeys.StageQueue.setupRoleNotSet, MessageKeys.StageQueue.setupAnyone,
            MessageKeys.StageQueue.setupOn, MessageKeys.StageQueue.setupOff, MessageKeys.StageQueue.setupNoStageWarning,
        ],
        plurals: [
            MessageKeys.StageQueue.waiting, MessageKeys.StageQueue.clearConfirm, MessageKeys.StageQueue.cleared,
            MessageKeys.StageQueue.messageMore,
        ],
        ru: [
            "stage_queue.join.role_required": "Чтобы записаться на выступление, нужна роль <@&{role}>.",
            "stage_queue.join.joined": "✅ Вы записаны: место {position} из {count}.",
            "stage_queue.join.already_queued": "Вы уже в очереди: место {position} из {count}.",
            "stage_queue.join.paused": "⏸️ Запись сейчас приостановлена, встать в очередь нельзя. Попробуйте снова, когда ведущий её возобновит.",
            "stage_queue.leave.stage": "👋 Вы больше не выступаете. {waiting}.",
            "stage_queue.leave.queue_and_stage": "👋 Вы вышли из очереди и больше не выступаете. {waiting}.",
            "stage_queue.leave.queue": "👋 Вы вышли из очереди. {waiting}.",
            "stage_queue.leave.not_queued": "Вас нет в очереди. Записаться: `/sign-up join`.",
            "stage_queue.list.position": "Ваше место в очереди: {position} из {count}.",
            "stage_queue.list.not_queued": "Вас нет в очереди.",

            "stage_queue.hosts_only.permission": "Это могут только ведущие: нужно право «{permission}».",
            "stage_queue.hosts_only.permission_or_role":
                "Это могут только ведущие: нужно право «{permission}» или роль <@&{role}>.",
            "stage_queue.next.nothing": "Очередь пуста, и сейчас никто не выступает.",
            "stage_queue.next.finished": "<@{member}> заканчивает выступление. Очередь пуста.",
            "stage_queue.next.promoted": "🎤 Выступает <@{member}> и теперь может говорить в <#{stage}>. {waiting}.",
            "stage_queue.next.not_promoted": "🎤 Вызываем <@{member}>, но дать слово не получилось: {reason}. {waiting}.",
            "stage_queue.next.called": "🎤 Выступает <@{member}>. {waiting}.",
            "stage_queue.remove.queue": "Участник <@{member}> удалён из очереди.",
            "stage_queue.remove.stage": "Выступление участника <@{member}> завершено.",
            "stage_queue.member.not_queued": "Участника <@{member}> нет в очереди.",
            "stage_queue.move.stays": "Участник <@{member}> остаётся на месте {position}.",
            "stage_queue.move.moved": "Участник <@{member}> перемещён с места {from} на место {to}.",
            "stage_queue.pause.done": "⏸️ Запись приостановлена. Возобновить её: `/sign-up resume`.",
            "stage_queue.pause.already": "Запись уже приостановлена.",
            "stage_queue.resume.done": "▶️ Запись снова открыта.",
            "stage_queue.resume.not_paused": "Запись и так открыта.",
            "stage_queue.clear.confirm_empty": "Очистить очередь? Сейчас в ней никого нет.",
            "stage_queue.clear.confirm_on_stage": "Выступление <@{member}> тоже будет завершено.",
            "stage_queue.clear.button": "Очистить очередь",
            "stage_queue.clear.nothing": "🧹 Очередь пуста, никто не выступает.",

            "stage_queue.promotion.not_connected": "участник не подключён к <#{stage}>",
            "stage_queue.promotion.wrong_channel":
                "участника нет в <#{stage}> (Discord даёт слово только тем, кто уже находится на трибуне)",
            "stage_queue.promotion.missing_permission": "у меня нет права «{permission}» в <#{stage}>",
            "stage_queue.promotion.not_member": "участник больше не состоит на этом сервере",
            "stage_queue.promotion.refused": "Discord отказал ({code}: {message})",
            "stage_queue.promotion.no_message": "без пояснений",
            "stage_queue.promotion.no_answer": "Discord не ответил; попробуйте ещё раз или пригласите участника выступить вручную",

            "stage_queue.message.title": "Очередь на выступление",
            "stage_queue.message.title_paused": "Очередь на выступление (запись приостановлена)",
            "stage_queue.message.on_stage": "🎤 Сейчас выступает: <@{member}>",
            "stage_queue.message.nobody_on_stage": "🎤 Пока никто не выступает",
            "stage_queue.message.empty": "В очереди никого нет.",
            "stage_queue.message.empty_open": "В очереди никого нет. Нажмите **Записаться** или используйте `/sign-up join`.",
            "stage_queue.message.paused": "⏸️ Запись приостановлена.",
            "stage_queue.button.join": "Записаться",
            "stage_queue.button.leave": "Выйти из очереди",
            "stage_queue.waiting.none": "Никто не ждёт выступления",

            "stage_queue.announce.joined": "📝 Новая запись на выступление: <@{member}>, место в очереди — {position}.",
            "stage_queue.announce.called": "🎤 <@{member}>, ваш выход! {waiting}.",

            "stage_queue.setup.unchanged": "Настройки очереди на выступление (без изменений):",
            "stage_queue.setup.saved": "✅ Настройки очереди на выступление сохранены:",
            "stage_queue.setup.sign_up_channel": "• Канал записи (сообщение с очередью): {value}",
            "stage_queue.setup.stage_channel": "• Трибуна: {value}",
            "stage_queue.setup.stage_integration": "• Давать вызванному слово на трибуне: {value}",
            "stage_queue.setup.announce_channel": "• Объявления: {value}",
            "stage_queue.setup.sign_up_role": "• Роль для записи: {value}",
            "stage_queue.setup.host_role": "• Роль ведущих (помимо права «{permission}»): {value}",
            "stage_queue.setup.channel_not_set": "не выбран",
            "stage_queue.setup.role_not_set": "не выбрана",
            "stage_queue.setup.anyone": "записаться может любой",
            "stage_queue.setup.on": "да",
            "stage_queue.setup.off": "нет",
            "stage_queue.setup.no_stage_warning": "⚠️ Вызванным должны давать слово, но трибуна не выбрана, так что никто его не получит.",

            "stage_queue.count.waiting.one": "Ждёт выступления {count} человек",
            "stage_queue.count.waiting.few": "Ждут выступления {count} человека",
            "stage_queue.count.waiting.many": "Ждут выступления {count} человек",
            "stage_queue.count.clear_confirm.one": "Очистить очередь? Из неё будет удалён {count} участник.",
            "stage_queue.count.clear_confirm.few": "Очистить очередь? Из неё будут удалены {count} участника.",
            "stage_queue.count.clear_confirm.many": "Очистить очередь? Из неё будут удалены {count} участников.",
            "stage_queue.count.cleared.one": "🧹 Очередь очищена: удалён {count} участник.",
            "stage_queue.count.cleared.few": "🧹 Очередь очищена: удалены {count} участника.",
            "stage_queue.count.cleared.many": "🧹 Очередь очищена: удалено {count} участников.",
            "stage_queue.count.more.one": "…и ещё {count} участник",
            "stage_queue.count.more.few": "…и ещё {count} участника",
            "stage_queue.count.more.many": "…и ещё {count} участников",
        ],
        en: [
            "stage_queue.join.role_required": "You need the <@&{role}> role to sign up for the stage.",
            "stage_queue.join.joined": "✅ You're in the queue: #{position} of {count}.",
            "stage_queue.join.already_queued": "You're already in the queue: #{position} of {count}.",
            "stage_queue.join.paused": "⏸️ Sign-ups are paused right now, so you can't join. Try again when the host resumes the queue.",
            "stage_queue.leave.stage": "👋 You're off the stage. {waiting}.",
            "stage_queue.leave.queue_and_stage": "👋 You left the queue and the stage. {waiting}.",
            "stage_queue.leave.queue": "👋 You left the queue. {waiting}.",
            "stage_queue.leave.not_queued": "You're not in the queue. `/sign-up join` to sign up.",
            "stage_queue.list.position": "You're #{position} of {count}.",
            "stage_queue.list.not_queued": "You're not in the queue.",

            "stage_queue.hosts_only.permission": "Only hosts can do this: you need the {permission} permission.",
            "stage_queue.hosts_only.permission_or_role": "Only hosts can do this: you need the {permission} permission or the <@&{role}> role.",
            "stage_queue.next.nothing": "Nobody is waiting and nobody is on stage.",
            "stage_queue.next.finished": "<@{member}> is off stage. The queue is empty.",
            "stage_queue.next.promoted": "🎤 <@{member}> is up and now a speaker in <#{stage}>. {waiting}.",
            "stage_queue.next.not_promoted": "🎤 <@{member}> is called, but could not be promoted to speaker: {reason}. {waiting}.",
            "stage_queue.next.called": "🎤 <@{member}> is up. {waiting}.",
            "stage_queue.remove.queue": "Removed <@{member}> from the queue.",
            "stage_queue.remove.stage": "Removed <@{member}> from the stage.",
            "stage_queue.member.not_queued": "<@{member}> is not in the queue.",
            "stage_queue.move.stays": "<@{member}> stays at #{position}.",
            "stage_queue.move.moved": "Moved <@{member}> from #{from} to #{to}.",
            "stage_queue.pause.done": "⏸️ Sign-ups are paused. `/sign-up resume` opens them again.",
            "stage_queue.pause.already": "Sign-ups were already paused.",
            "stage_queue.resume.done": "▶️ Sign-ups are open again.",
            "stage_queue.resume.not_paused": "Sign-ups were not paused.",
            "stage_queue.clear.confirm_empty": "Clear the queue? Nobody is waiting.",
            "stage_queue.clear.confirm_on_stage": "<@{member}> leaves the stage too.",
            "stage_queue.clear.button": "Clear the queue",
            "stage_queue.clear.nothing": "🧹 The queue is empty and the stage is free.",

            "stage_queue.promotion.not_connected": "they are not connected to <#{stage}>",
            "stage_queue.promotion.wrong_channel":
                "they are not in <#{stage}> (Discord only promotes members already in the stage channel)",
            "stage_queue.promotion.missing_permission": "I lack the {permission} permission in <#{stage}>",
            "stage_queue.promotion.not_member": "they are no longer a member of this server",
            "stage_queue.promotion.refused": "Discord refused ({code}: {message})",
            "stage_queue.promotion.no_message": "no message",
            "stage_queue.promotion.no_answer": "Discord did not answer; try again, or invite them to speak by hand",

            "stage_queue.message.title": "Stage sign-up queue",
            "stage_queue.message.title_paused": "Stage sign-up queue (paused)",
            "stage_queue.message.on_stage": "🎤 On stage: <@{member}>",
            "stage_queue.message.nobody_on_stage": "🎤 On stage: nobody yet",
            "stage_queue.message.empty": "Nobody is waiting.",
            "stage_queue.message.empty_open": "Nobody is waiting. Press **Join** or use `/sign-up join`.",
            "stage_queue.message.paused": "⏸️ Sign-ups are paused.",
            "stage_queue.button.join": "Join",
            "stage_queue.button.leave": "Leave",
            "stage_queue.waiting.none": "Nobody is waiting",

            "stage_queue.announce.joined": "📝 <@{member}> signed up for the stage (#{position} in the queue).",
            "stage_queue.announce.called": "🎤 <@{member}>, you're up! {waiting}.",

            "stage_queue.setup.unchanged": "Stage queue settings (unchanged):",
            "stage_queue.setup.saved": "✅ Stage queue settings saved:",
            "stage_queue.setup.sign_up_channel": "• Sign-up channel (queue message): {value}",
            "stage_queue.setup.stage_channel": "• Stage channel: {value}",
            "stage_queue.setup.stage_integration": "• Stage integration (promote to speaker): {value}",
            "stage_queue.setup.announce_channel": "• Announcements: {value}",
            "stage_queue.setup.sign_up_role": "• Sign-up role: {value}",
            "stage_queue.setup.host_role": "• Host role (besides {permission}): {value}",
            "stage_queue.setup.channel_not_set": "not set",
            "stage_queue.setup.role_not_set": "not set",
            "stage_queue.setup.anyone": "anyone may sign up",
            "stage_queue.setup.on": "on",
            "stage_queue.setup.off": "off",
            "stage_queue.setup.no_stage_warning": "⚠️ Stage integration is on but no stage channel is set, so nobody will be promoted.",

            "stage_queue.count.waiting.one": "{count} waiting",
            "stage_queue.count.waiting.few": "{count} waiting",
            "stage_queue.count.waiting.many": "{count} waiting",
            "stage_queue.count.clear_confirm.one": "Clear the queue? {count} waiting member will be removed.",
            "stage_queue.count.clear_confirm.few": "Clear the queue? {count} waiting members will be removed.",
            "stage_queue.count.clear_confirm.many": "Clear the queue? {count} waiting members will be removed.",
            "stage_queue.count.cleared.one": "🧹 Queue cleared: {count} member removed.",
            "stage_queue.count.cleared.few": "🧹 Queue cleared: {count} members removed.",
            "stage_queue.count.cleared.many": "🧹 Queue cleared: {count} members removed.",
            "stage_queue.count.more.one": "…and {count} more",
            "stage_queue.count.more.few": "…and {count} more",
            "stage_queue.count.more.many": "…and {count} more",
        ]
    )
}
