extension MessageKeys {
    /// What the doctor's checks find: summaries, findings and fixes. The en text is exactly what
    /// `odysseyctl doctor` has always printed (the control API runs the checks in English), so its
    /// plurals keep the "(s)" form in every slot; ru is what `/admin doctor` shows a Russian server.
    /// Identifiers (env names, commands, setting keys, feature, job and schedule names) stay verbatim.
    enum DoctorChecks {
        // Shared by every check (DoctorResult, Doctor).
        static let schemaNotReady = "doctor.result.schema_not_ready"
        static let schemaNotReadyFix = "doctor.result.schema_not_ready.fix"
        /// "could not {action}": `action` is the check's own `…action` phrase.
        static let error = "doctor.result.error"
        static let errorFix = "doctor.result.error.fix"
        /// Plural: how ``DoctorResult/combine(_:ok:fix:in:)`` sums up several findings.
        static let problems = "doctor.result.problems"
        static let warnings = "doctor.result.warnings"
        static let timeout = "doctor.result.timeout"
        static let timeoutFix = "doctor.result.timeout.fix"
        static let setTokenFix = "doctor.result.set_token.fix"

        static let migrationsUnreadable = "doctor.migrations.unreadable"
        static let migrationsUnreadableFix = "doctor.migrations.unreadable.fix"
        static let migrationsMismatch = "doctor.migrations.mismatch"
        static let migrationsMismatchFix = "doctor.migrations.mismatch.fix"
        static let migrationsPending = "doctor.migrations.pending"
        static let migrationsPendingFix = "doctor.migrations.pending.fix"
        static let migrationsOK = "doctor.migrations.ok"
        static let migrationsApplied = "doctor.migrations.applied"

        static let setupSettingsMissing = "doctor.setup.settings_missing"
        static let setupFlagsMissing = "doctor.setup.flags_missing"
        static let setupMissing = "doctor.setup.missing"
        static let setupFix = "doctor.setup.fix"
        static let setupOK = "doctor.setup.ok"
        static let setupSettings = "doctor.setup.settings"
        static let setupFlags = "doctor.setup.flags"
        static let setupAction = "doctor.setup.action"

        static let tokenUnset = "doctor.token.unset"
        static let tokenUnsetFix = "doctor.token.unset.fix"
        static let tokenValid = "doctor.token.valid"
        static let tokenRejected = "doctor.token.rejected"
        static let tokenRejectedFix = "doctor.token.rejected.fix"
        static let tokenUnreachable = "doctor.token.unreachable"
        static let tokenUnreachableFix = "doctor.token.unreachable.fix"

        static let gatewayUnconfigured = "doctor.gateway.unconfigured"
        static let gatewayNotStarted = "doctor.gateway.not_started"
        static let gatewayNotStartedFix = "doctor.gateway.not_started.fix"
        static let gatewayShard = "doctor.gateway.shard"
        static let gatewayLatency = "doctor.gateway.latency"
        static let gatewayReconnects = "doctor.gateway.reconnects"
        static let gatewayLast = "doctor.gateway.last"
        static let gatewayStopped = "doctor.gateway.stopped"
        static let gatewayStoppedFix = "doctor.gateway.stopped.fix"
        static let gatewayNotReady = "doctor.gateway.not_ready"
        static let gatewayNotReadyFix = "doctor.gateway.not_ready.fix"
        static let gatewayReady = "doctor.gateway.ready"

        static let permissionsNoToken = "doctor.permissions.no_token"
        static let permissionsNoGuild = "doctor.permissions.no_guild"
        static let permissionsNoGuildFix = "doctor.permissions.no_guild.fix"
        static let permissionsOK = "doctor.permissions.ok"
        static let permissionsGuilds = "doctor.permissions.guilds"
        static let permissionsFix = "doctor.permissions.fix"
        static let permissionsAction = "doctor.permissions.action"
        static let permissionsUnseen = "doctor.permissions.unseen"
        static let permissionsGuildError = "doctor.permissions.guild_error"
        static let permissionsNotMember = "doctor.permissions.not_member"
        static let permissionsSettingsError = "doctor.permissions.settings_error"
        static let permissionsRolesLack = "doctor.permissions.roles_lack"
        static let permissionsSignUpChannel = "doctor.permissions.channel.sign_up"
        static let permissionsAnnounceChannel = "doctor.permissions.channel.announce"
        static let permissionsStageChannel = "doctor.permissions.channel.stage"
        static let permissionsChannelGone = "doctor.permissions.channel_gone"
        static let permissionsChannelLacks = "doctor.permissions.channel_lacks"
        static let permissionsTierGone = "doctor.permissions.tier_gone"
        static let permissionsTierManaged = "doctor.permissions.tier_managed"
        static let permissionsTierAbove = "doctor.permissions.tier_above"
        static let permissionsCovered = "doctor.permissions.covered"
        static let permissionsFeatures = "doctor.permissions.features"

        static let mileageRolesOK = "doctor.mileage_roles.ok"
        static let mileageRolesFailing = "doctor.mileage_roles.failing"
        static let mileageRolesFix = "doctor.mileage_roles.fix"
        static let mileageRolesAction = "doctor.mileage_roles.action"
        /// One open failure (``MileageRoleFailureStore/doctorFindings(limit:in:)``).
        static let mileageRolesFinding = "doctor.mileage_roles.finding"
        static let mileageRolesAttempts = "doctor.mileage_roles.attempts"

        static let featuresNoSignUpAnywhere = "doctor.features.no_sign_up_anywhere"
        static let featuresNoSignUp = "doctor.features.no_sign_up"
        static let featuresNoStage = "doctor.features.no_stage"
        static let featuresNoTiers = "doctor.features.no_tiers"
        static let featuresTiers = "doctor.features.tiers"
        static let featuresTierGuilds = "doctor.features.tier_guilds"
        static let featuresOK = "doctor.features.ok"
        static let featuresFix = "doctor.features.fix"
        static let featuresAction = "doctor.features.action"

        static let schedulesMissing = "doctor.schedules.missing"
        /// " in guild {guild}", appended to the two mismatch findings; empty for global schedules.
        static let schedulesScope = "doctor.schedules.scope"
        static let schedulesOnFeatureOff = "doctor.schedules.on_feature_off"
        static let schedulesOffFeatureOn = "doctor.schedules.off_feature_on"
        static let schedulesOK = "doctor.schedules.ok"
        static let schedulesFix = "doctor.schedules.fix"
        static let schedulesAction = "doctor.schedules.action"

        /// "{queue}: {finding}", one of the three below.
        static let jobsLine = "doctor.jobs.line"
        static let jobsFailed = "doctor.jobs.failed"
        static let jobsBacklog = "doctor.jobs.backlog"
        static let jobsNoHandler = "doctor.jobs.no_handler"
        static let jobsCount = "doctor.jobs.count"
        static let jobsOK = "doctor.jobs.ok"
        static let jobsQueues = "doctor.jobs.queues"
        static let jobsOpen = "doctor.jobs.open"
        static let jobsFix = "doctor.jobs.fix"
        static let jobsAction = "doctor.jobs.action"

        static let socketMissing = "doctor.socket.missing"
        static let socketMissingFix = "doctor.socket.missing.fix"
        static let socketNotSocket = "doctor.socket.not_socket"
        static let socketMode = "doctor.socket.mode"
        static let socketDirectoryMode = "doctor.socket.directory_mode"
        static let socketGroup = "doctor.socket.group"
        static let socketNoGroup = "doctor.socket.no_group"
        static let socketOK = "doctor.socket.ok"
        static let socketFix = "doctor.socket.fix"
    }
}

extension CatalogSection {
    static let doctorChecks: CatalogSection = {
        typealias K = MessageKeys.DoctorChecks
        return CatalogSection(
            keys: [
                K.schemaNotReady, K.schemaNotReadyFix, K.error, K.errorFix, K.timeout, K.timeoutFix, K.setTokenFix,
                K.migrationsUnreadable, K.migrationsUnreadableFix, K.migrationsMismatch, K.migrationsMismatchFix,
                K.migrationsPendingFix, K.migrationsOK,
                K.setupSettingsMissing, K.setupFlagsMissing, K.setupFix, K.setupOK, K.setupAction,
                K.tokenUnset, K.tokenUnsetFix, K.tokenValid, K.tokenRejected, K.tokenRejectedFix, K.tokenUnreachable, K.tokenUnreachableFix,
                K.gatewayUnconfigured, K.gatewayNotStarted, K.gatewayNotStartedFix, K.gatewayShard, K.gatewayLatency, K.gatewayLast,
                K.gatewayStoppedFix, K.gatewayNotReady, K.gatewayNotReadyFix,
                K.permissionsNoToken, K.permissionsNoGuild, K.permissionsNoGuildFix, K.permissionsOK, K.permissionsFix,
                K.permissionsAction, K.permissionsUnseen, K.permissionsGuildError, K.permissionsNotMember, K.permissionsSettingsError,
                K.permissionsRolesLack, K.permissionsSignUpChannel, K.permissionsAnnounceChannel, K.permissionsStageChannel,
                K.permissionsChannelGone, K.permissionsChannelLacks, K.permissionsTierGone, K.permissionsTierManaged,
                K.permissionsTierAbove, K.permissionsCovered,
                K.mileageRolesOK, K.mileageRolesFix, K.mileageRolesAction, K.mileageRolesFinding,
                K.featuresNoSignUpAnywhere, K.featuresNoSignUp, K.featuresNoStage, K.featuresNoTiers, K.featuresTiers,
                K.featuresFix, K.featuresAction,
                K.schedulesMissing, K.schedulesScope, K.schedulesOnFeatureOff, K.schedulesOffFeatureOn, K.schedulesFix, K.schedulesAction,
                K.jobsLine, K.jobsBacklog, K.jobsNoHandler, K.jobsOK, K.jobsFix, K.jobsAction,
                K.socketMissing, K.socketMissingFix, K.socketNotSocket, K.socketMode, K.socketDirectoryMode, K.socketGroup,
                K.socketNoGroup, K.socketOK, K.socketFix,
            ],
            plurals: [
                K.problems, K.warnings, K.migrationsPending, K.migrationsApplied, K.setupMissing, K.setupSettings, K.setupFlags,
                K.gatewayReconnects, K.gatewayStopped, K.gatewayReady, K.permissionsGuilds, K.permissionsFeatures,
                K.mileageRolesFailing, K.mileageRolesAttempts, K.featuresTierGuilds, K.featuresOK, K.schedulesOK,
                K.jobsFailed, K.jobsCount, K.jobsQueues, K.jobsOpen,
            ],
            ru: doctorChecksRU,
            en: doctorChecksEN
        )
    }()

    private static let doctorChecksRU: [String: String] = [
        "doctor.result.schema_not_ready": "не проверено: схема базы данных не обновлена",
        "doctor.result.schema_not_ready.fix": "Выполните `odysseyctl migrate`, затем снова `odysseyctl doctor`",
        "doctor.result.error": "не удалось {action}",
        "doctor.result.error.fix": "Смотрите `odysseyctl status` и журнал демона",
        "doctor.result.problems.one": "{count} проблема",
        "doctor.result.problems.few": "{count} проблемы",
        "doctor.result.problems.many": "{count} проблем",
        "doctor.result.warnings.one": "{count} предупреждение",
        "doctor.result.warnings.few": "{count} предупреждения",
        "doctor.result.warnings.many": "{count} предупреждений",
        "doctor.result.timeout": "не завершилась за {seconds} с",
        "doctor.result.timeout.fix": "Запустите `odysseyctl doctor {check}` ещё раз; если проверка снова зависнет, смотрите журнал демона",
        "doctor.result.set_token.fix": "Укажите DISCORD_TOKEN и перезапустите odysseyd",

        "doctor.migrations.unreadable": "не удаётся прочитать состояние схемы",
        "doctor.migrations.unreadable.fix": "Проверьте DATABASE_URL и что PostgreSQL запущен (`odysseyctl status`)",
        "doctor.migrations.mismatch": "схема не совпадает с миграциями этой версии демона",
        "doctor.migrations.mismatch.fix": "Запустите версию демона, которая соответствует базе данных, или верните исходные файлы миграций",
        "doctor.migrations.pending.one": "не применена {count} миграция: демон в режиме обслуживания",
        "doctor.migrations.pending.few": "не применены {count} миграции: демон в режиме обслуживания",
        "doctor.migrations.pending.many": "не применено {count} миграций: демон в режиме обслуживания",
        "doctor.migrations.pending.fix": "Выполните `odysseyctl migrate`",
        "doctor.migrations.ok": "{applied}, неприменённых нет",
        "doctor.migrations.applied.one": "применена {count} миграция",
        "doctor.migrations.applied.few": "применены {count} миграции",
        "doctor.migrations.applied.many": "применено {count} миграций",

        "doctor.setup.settings_missing": "не хватает настроек: {keys}",
        "doctor.setup.flags_missing": "не хватает флагов функций: {names}",
        "doctor.setup.missing.one": "не хватает {count} записи начальных настроек",
        "doctor.setup.missing.few": "не хватает {count} записей начальных настроек",
        "doctor.setup.missing.many": "не хватает {count} записей начальных настроек",
        "doctor.setup.fix": "Выполните `odysseyctl seed`",
        "doctor.setup.ok": "на месте {settings} и {flags}",
        "doctor.setup.settings.one": "{count} настройка",
        "doctor.setup.settings.few": "{count} настройки",
        "doctor.setup.settings.many": "{count} настроек",
        "doctor.setup.flags.one": "{count} флаг функций",
        "doctor.setup.flags.few": "{count} флага функций",
        "doctor.setup.flags.many": "{count} флагов функций",
        "doctor.setup.action": "прочитать начальные настройки",

        "doctor.token.unset": "DISCORD_TOKEN не задан: шлюз и команды не работают",
        "doctor.token.unset.fix": "Укажите DISCORD_TOKEN в файле окружения (Developer Portal → Bot → Reset Token) и перезапустите odysseyd",
        "doctor.token.valid": "действителен: бот — {name} ({id})",
        "doctor.token.rejected": "Discord отклонил токен (401 Unauthorized)",
        "doctor.token.rejected.fix": "Сбросьте токен бота в Developer Portal, укажите новый в DISCORD_TOKEN и перезапустите odysseyd",
        "doctor.token.unreachable": "не удалось связаться с Discord, чтобы проверить токен",
        "doctor.token.unreachable.fix": "Проверьте сеть и DISCORD_API_BASE_URL",

        "doctor.gateway.unconfigured": "в этом демоне шлюз не запущен (нет DISCORD_TOKEN)",
        "doctor.gateway.not_started": "шлюз ещё не запустился (он ждёт актуальную схему базы данных и ответ GET /gateway/bot)",
        "doctor.gateway.not_started.fix": "Если есть неприменённые миграции, выполните `odysseyctl migrate`; иначе смотрите журнал демона",
        "doctor.gateway.shard": "шард {shard}/{shards}: {state}",
        "doctor.gateway.latency": "задержка {ms} мс",
        "doctor.gateway.reconnects.one": "{count} переподключение",
        "doctor.gateway.reconnects.few": "{count} переподключения",
        "doctor.gateway.reconnects.many": "{count} переподключений",
        "doctor.gateway.last": "последний разрыв: {reason}",
        "doctor.gateway.stopped.one": "{count} шард остановлен окончательно",
        "doctor.gateway.stopped.few": "{count} шарда остановлены окончательно",
        "doctor.gateway.stopped.many": "{count} шардов остановлены окончательно",
        "doctor.gateway.stopped.fix": "Устраните причину, указанную при закрытии (токен, intents в Developer Portal), и перезапустите odysseyd",
        "doctor.gateway.not_ready": "не готово шардов: {not_ready} из {total}",
        "doctor.gateway.not_ready.fix": "Обычно это временно (идёт переподключение); если не проходит, смотрите журнал демона",
        "doctor.gateway.ready.one": "{count} шард готов",
        "doctor.gateway.ready.few": "{count} шарда готовы",
        "doctor.gateway.ready.many": "{count} шардов готовы",

        "doctor.permissions.no_token": "не проверено: DISCORD_TOKEN не задан",
        "doctor.permissions.no_guild": "проверять нечего: шлюз не сообщил ни об одном сервере, и ни у одного сервера нет настроек",
        "doctor.permissions.no_guild.fix": "Пригласите бота (`odysseyctl invite`) и дождитесь подключения шлюза",
        "doctor.permissions.ok": "{guilds}: у бота есть всё, что нужно включённым функциям",
        "doctor.permissions.guilds.one": "{count} сервер",
        "doctor.permissions.guilds.few": "{count} сервера",
        "doctor.permissions.guilds.many": "{count} серверов",
        "doctor.permissions.fix": "Выдайте роли бота недостающие права (Настройки сервера → Роли, а для переопределений канала — вкладка "
            + "«Права доступа» в настройках канала), перетащите её выше выдаваемых ботом ролей или пригласите бота заново: `odysseyctl invite`",
        "doctor.permissions.action": "получить права бота из Discord",
        "doctor.permissions.unseen": "сервер {guild}: бот его не видит ({status}); бота удалили или так и не пригласили",
        "doctor.permissions.guild_error": "сервер {guild}: {error}",
        "doctor.permissions.not_member": "сервер {guild}: бот не состоит на сервере",
        "doctor.permissions.settings_error": "сервер {guild}: не удаётся прочитать его настройки: {error}",
        "doctor.permissions.roles_lack": "сервер {guild}: ролям бота не хватает прав: {permissions}",
        "doctor.permissions.channel.sign_up": "канал записи",
        "doctor.permissions.channel.announce": "канал объявлений",
        "doctor.permissions.channel.stage": "канал сцены",
        "doctor.permissions.channel_gone": "сервер {guild}: {channel} stage_queue ({id}) больше не существует",
        "doctor.permissions.channel_lacks": "сервер {guild}: в #{name} ({channel} stage_queue) боту не хватает прав: {permissions}",
        "doctor.permissions.tier_gone": "сервер {guild}: роль уровня mileage {role} больше не существует",
        "doctor.permissions.tier_managed": "сервер {guild}: ролью уровня mileage {role} управляет интеграция; выдать её не может никто",
        "doctor.permissions.tier_above": "сервер {guild}: роль уровня mileage {role} (позиция {position}) не ниже высшей роли бота "
            + "(позиция {highest}): переместите роль бота выше неё",
        "doctor.permissions.covered": "сервер {guild}: {features} — права в порядке",
        "doctor.permissions.features.one": "{count} включённая функция",
        "doctor.permissions.features.few": "{count} включённые функции",
        "doctor.permissions.features.many": "{count} включённых функций",

        "doctor.mileage_roles.ok": "все изменения ролей уровней прошли",
        "doctor.mileage_roles.failing.one": "не проходит {count} изменение роли уровня",
        "doctor.mileage_roles.failing.few": "не проходят {count} изменения ролей уровней",
        "doctor.mileage_roles.failing.many": "не проходят {count} изменений ролей уровней",
        "doctor.mileage_roles.fix": "Дайте боту право «Управлять ролями» и перетащите его роль выше всех ролей уровней (Настройки сервера → Роли); "
            + "затем ежечасное расписание mileage.tiers.retry уберёт эти ошибки",
        "doctor.mileage_roles.action": "прочитать mileage_role_failures",
        "doctor.mileage_roles.finding": "mileage: роль уровня {role} участника {user} на сервере {guild} не меняется с {since} "
            + "({attempts}): {error}. Дайте боту право «Управлять ролями» и переместите его роль выше ролей уровней.",
        "doctor.mileage_roles.attempts.one": "{count} попытка",
        "doctor.mileage_roles.attempts.few": "{count} попытки",
        "doctor.mileage_roles.attempts.many": "{count} попыток",

        "doctor.features.no_sign_up_anywhere": "функция stage_queue включена, но ни на одном сервере не выполнили /sign-up setup (канала записи нет нигде)",
        "doctor.features.no_sign_up": "сервер {guild}: функция stage_queue включена, но канал записи не задан",
        "doctor.features.no_stage": "сервер {guild}: интеграция со сценой включена, но канал сцены не задан",
        "doctor.features.no_tiers": "mileage: роли уровней не настроены (только мили)",
        "doctor.features.tiers": "mileage: роли уровней настроены {guilds}",
        "doctor.features.tier_guilds.one": "на {count} сервере",
        "doctor.features.tier_guilds.few": "на {count} серверах",
        "doctor.features.tier_guilds.many": "на {count} серверах",
        "doctor.features.ok.one": "{count} функция включена и настроена",
        "doctor.features.ok.few": "{count} функции включены и настроены",
        "doctor.features.ok.many": "{count} функций включены и настроены",
        "doctor.features.fix": "Выполните `/sign-up setup` на сервере (канал записи, канал сцены) или выключите функцию",
        "doctor.features.action": "прочитать настройки функций",

        "doctor.schedules.missing": "расписания {name} нет",
        "doctor.schedules.scope": " на сервере {guild}",
        "doctor.schedules.on_feature_off": "расписание {name} включено, а функция {feature} выключена{scope}",
        "doctor.schedules.off_feature_on": "функция {feature} включена, а её расписание {name} выключено{scope}",
        "doctor.schedules.ok.one": "{count} расписание, согласовано с функциями",
        "doctor.schedules.ok.few": "{count} расписания, согласованы с функциями",
        "doctor.schedules.ok.many": "{count} расписаний, согласованы с функциями",
        "doctor.schedules.fix": "Недостающие расписания создаст `odysseyctl seed`; привести их в соответствие с функциями — "
            + "`odysseyctl schedule off|on NAME`",
        "doctor.schedules.action": "прочитать job_schedules",

        "doctor.jobs.line": "{queue}: {finding}",
        "doctor.jobs.failed.one": "{count} задача завершилась ошибкой и лежит в dead letter",
        "doctor.jobs.failed.few": "{count} задачи завершились ошибкой и лежат в dead letter",
        "doctor.jobs.failed.many": "{count} задач завершились ошибкой и лежат в dead letter",
        "doctor.jobs.backlog": "ждут выполнения: {jobs}, самая давняя — {seconds} с",
        "doctor.jobs.no_handler": "в очереди {jobs}, но обработчика в этом демоне нет",
        "doctor.jobs.count.one": "{count} задача",
        "doctor.jobs.count.few": "{count} задачи",
        "doctor.jobs.count.many": "{count} задач",
        "doctor.jobs.ok": "{queues}, {open}, ошибок нет",
        "doctor.jobs.queues.one": "{count} очередь",
        "doctor.jobs.queues.few": "{count} очереди",
        "doctor.jobs.queues.many": "{count} очередей",
        "doctor.jobs.open.one": "{count} незавершённая задача",
        "doctor.jobs.open.few": "{count} незавершённые задачи",
        "doctor.jobs.open.many": "{count} незавершённых задач",
        "doctor.jobs.fix": "Смотрите `odysseyctl queue show NAME` и `odysseyctl job show ID`; когда причина устранена, повторите задачу "
            + "командой `odysseyctl job retry ID` или очистите очередь: `odysseyctl queue purge NAME --state failed`",
        "doctor.jobs.action": "прочитать очереди задач",

        "doctor.socket.missing": "{path} не существует",
        "doctor.socket.missing.fix": "Перезапустите odysseyd; проверьте ODYSSEY_CONTROL_SOCKET",
        "doctor.socket.not_socket": "{path} — не сокет",
        "doctor.socket.mode": "у {path} режим {mode}, а нужен 0660",
        "doctor.socket.directory_mode": "у {path} режим {mode}, а нужен 0750",
        "doctor.socket.group": "{path} принадлежит группе {gid}, а не {group} ({expected})",
        "doctor.socket.no_group": "группы администраторов «{group}» не существует: писать в сокет могут только root и пользователь демона",
        "doctor.socket.ok": "{path}: режим 0660, группа {group}",
        "doctor.socket.fix": "Перезапустите odysseyd (при запуске он выставляет 0660 и группу); создайте группу командой `groupadd {group}` "
            + "или задайте ODYSSEY_ADMIN_GROUP; `chmod 0750 {directory}`",
    ]

    /// Word for word what the checks printed before they had a catalog: `odysseyctl doctor`,
    /// its JSON and its documentation do not change.
    private static let doctorChecksEN: [String: String] = [
        "doctor.result.schema_not_ready": "not checked: the database schema is not current",
        "doctor.result.schema_not_ready.fix": "Run `odysseyctl migrate`, then `odysseyctl doctor` again",
        "doctor.result.error": "could not {action}",
        "doctor.result.error.fix": "See `odysseyctl status` and the daemon's log",
        "doctor.result.problems.one": "{count} problem",
        "doctor.result.problems.few": "{count} problems",
        "doctor.result.problems.many": "{count} problems",
        "doctor.result.warnings.one": "{count} warning",
        "doctor.result.warnings.few": "{count} warnings",
        "doctor.result.warnings.many": "{count} warnings",
        "doctor.result.timeout": "did not finish within {seconds} s",
        "doctor.result.timeout.fix": "Run `odysseyctl doctor {check}` again; if it hangs again, see the daemon's log",
        "doctor.result.set_token.fix": "Set DISCORD_TOKEN and restart odysseyd",

        "doctor.migrations.unreadable": "cannot read the schema's state",
        "doctor.migrations.unreadable.fix": "Check DATABASE_URL and that PostgreSQL is up (`odysseyctl status`)",
        "doctor.migrations.mismatch": "the schema does not match this daemon's migrations",
        "doctor.migrations.mismatch.fix": "Run the daemon version that matches the database, or restore the original migration files",
        "doctor.migrations.pending.one": "{count} migration(s) pending: the daemon is in maintenance",
        "doctor.migrations.pending.few": "{count} migration(s) pending: the daemon is in maintenance",
        "doctor.migrations.pending.many": "{count} migration(s) pending: the daemon is in maintenance",
        "doctor.migrations.pending.fix": "Run `odysseyctl migrate`",
        "doctor.migrations.ok": "{applied}, none pending",
        "doctor.migrations.applied.one": "{count} applied",
        "doctor.migrations.applied.few": "{count} applied",
        "doctor.migrations.applied.many": "{count} applied",

        "doctor.setup.settings_missing": "settings missing: {keys}",
        "doctor.setup.flags_missing": "feature flags missing: {names}",
        "doctor.setup.missing.one": "{count} setup row(s) missing",
        "doctor.setup.missing.few": "{count} setup row(s) missing",
        "doctor.setup.missing.many": "{count} setup row(s) missing",
        "doctor.setup.fix": "Run `odysseyctl seed`",
        "doctor.setup.ok": "{settings} and {flags} present",
        "doctor.setup.settings.one": "{count} settings",
        "doctor.setup.settings.few": "{count} settings",
        "doctor.setup.settings.many": "{count} settings",
        "doctor.setup.flags.one": "{count} feature flags",
        "doctor.setup.flags.few": "{count} feature flags",
        "doctor.setup.flags.many": "{count} feature flags",
        "doctor.setup.action": "read the setup rows",

        "doctor.token.unset": "DISCORD_TOKEN is not set: no gateway, no commands",
        "doctor.token.unset.fix": "Set DISCORD_TOKEN in the environment file (Developer Portal → Bot → Reset Token), then restart odysseyd",
        "doctor.token.valid": "valid: the bot is {name} ({id})",
        "doctor.token.rejected": "Discord rejected the token (401 Unauthorized)",
        "doctor.token.rejected.fix": "Reset the bot token in the Developer Portal, put it in DISCORD_TOKEN and restart odysseyd",
        "doctor.token.unreachable": "could not reach Discord to check the token",
        "doctor.token.unreachable.fix": "Check the network and DISCORD_API_BASE_URL",

        "doctor.gateway.unconfigured": "no gateway runs in this daemon (no DISCORD_TOKEN)",
        "doctor.gateway.not_started": "the gateway has not started yet (it waits for the schema and GET /gateway/bot)",
        "doctor.gateway.not_started.fix": "If migrations are pending run `odysseyctl migrate`; otherwise see the daemon's log",
        "doctor.gateway.shard": "shard {shard}/{shards}: {state}",
        "doctor.gateway.latency": "latency {ms} ms",
        "doctor.gateway.reconnects.one": "{count} reconnect(s)",
        "doctor.gateway.reconnects.few": "{count} reconnect(s)",
        "doctor.gateway.reconnects.many": "{count} reconnect(s)",
        "doctor.gateway.last": "last: {reason}",
        "doctor.gateway.stopped.one": "{count} shard(s) stopped for good",
        "doctor.gateway.stopped.few": "{count} shard(s) stopped for good",
        "doctor.gateway.stopped.many": "{count} shard(s) stopped for good",
        "doctor.gateway.stopped.fix": "Fix what the close reason says (token, intents in the Developer Portal), then restart odysseyd",
        "doctor.gateway.not_ready": "{not_ready} of {total} shard(s) not ready",
        "doctor.gateway.not_ready.fix": "Usually transient (reconnecting); if it stays, see the daemon's log",
        "doctor.gateway.ready.one": "{count} shard(s) ready",
        "doctor.gateway.ready.few": "{count} shard(s) ready",
        "doctor.gateway.ready.many": "{count} shard(s) ready",

        "doctor.permissions.no_token": "not checked: DISCORD_TOKEN is not set",
        "doctor.permissions.no_guild": "no guild to check: the gateway reported none and no guild has settings",
        "doctor.permissions.no_guild.fix": "Invite the bot (`odysseyctl invite`) and wait for the gateway to connect",
        "doctor.permissions.ok": "{guilds}: the bot has what the enabled features need",
        "doctor.permissions.guilds.one": "{count} guild(s)",
        "doctor.permissions.guilds.few": "{count} guild(s)",
        "doctor.permissions.guilds.many": "{count} guild(s)",
        "doctor.permissions.fix": "Give the bot's role the missing permissions (Server Settings → Roles, and the channel's "
            + "Permissions tab for channel overwrites), drag it above the roles it grants, or re-invite it with `odysseyctl invite`",
        "doctor.permissions.action": "read the bot's permissions from Discord",
        "doctor.permissions.unseen": "guild {guild}: the bot cannot see it ({status}); it was removed or never invited",
        "doctor.permissions.guild_error": "guild {guild}: {error}",
        "doctor.permissions.not_member": "guild {guild}: the bot is not a member",
        "doctor.permissions.settings_error": "guild {guild}: cannot read its settings: {error}",
        "doctor.permissions.roles_lack": "guild {guild}: the bot's roles lack {permissions}",
        "doctor.permissions.channel.sign_up": "sign-up channel",
        "doctor.permissions.channel.announce": "announce channel",
        "doctor.permissions.channel.stage": "stage channel",
        "doctor.permissions.channel_gone": "guild {guild}: the stage_queue {channel} {id} no longer exists",
        "doctor.permissions.channel_lacks": "guild {guild}: in #{name} (stage_queue {channel}) the bot lacks {permissions}",
        "doctor.permissions.tier_gone": "guild {guild}: mileage tier role {role} no longer exists",
        "doctor.permissions.tier_managed": "guild {guild}: mileage tier role {role} is managed by an integration; nobody can grant it",
        "doctor.permissions.tier_above": "guild {guild}: mileage tier role {role} (position {position}) is not below "
            + "the bot's highest role (position {highest}): move the bot's role above it",
        "doctor.permissions.covered": "guild {guild}: {features} covered",
        "doctor.permissions.features.one": "{count} enabled feature(s)",
        "doctor.permissions.features.few": "{count} enabled feature(s)",
        "doctor.permissions.features.many": "{count} enabled feature(s)",

        "doctor.mileage_roles.ok": "every tier role change went through",
        "doctor.mileage_roles.failing.one": "{count} tier role change(s) failing",
        "doctor.mileage_roles.failing.few": "{count} tier role change(s) failing",
        "doctor.mileage_roles.failing.many": "{count} tier role change(s) failing",
        "doctor.mileage_roles.fix": "Give the bot Manage Roles and drag its role above every tier role (Server Settings → Roles); "
            + "the hourly mileage.tiers.retry schedule then clears these",
        "doctor.mileage_roles.action": "read mileage_role_failures",
        "doctor.mileage_roles.finding": "mileage: tier role {role} for member {user} in guild {guild} not changed since {since} "
            + "({attempts}): {error}. Give the bot Manage Roles and move its role above the tier roles.",
        "doctor.mileage_roles.attempts.one": "{count} attempts",
        "doctor.mileage_roles.attempts.few": "{count} attempts",
        "doctor.mileage_roles.attempts.many": "{count} attempts",

        "doctor.features.no_sign_up_anywhere": "stage_queue is on but no guild has run /sign-up setup (no sign-up channel anywhere)",
        "doctor.features.no_sign_up": "guild {guild}: stage_queue is on without a sign-up channel",
        "doctor.features.no_stage": "guild {guild}: stage integration is on without a stage channel",
        "doctor.features.no_tiers": "mileage: no tier roles configured (points only)",
        "doctor.features.tiers": "mileage: tier roles in {guilds}",
        "doctor.features.tier_guilds.one": "{count} guild(s)",
        "doctor.features.tier_guilds.few": "{count} guild(s)",
        "doctor.features.tier_guilds.many": "{count} guild(s)",
        "doctor.features.ok.one": "{count} feature(s) on, configured",
        "doctor.features.ok.few": "{count} feature(s) on, configured",
        "doctor.features.ok.many": "{count} feature(s) on, configured",
        "doctor.features.fix": "Run `/sign-up setup` in the guild (sign-up channel, stage channel), or switch the feature off",
        "doctor.features.action": "read the feature settings",

        "doctor.schedules.missing": "schedule {name} is missing",
        "doctor.schedules.scope": " in guild {guild}",
        "doctor.schedules.on_feature_off": "schedule {name} is on but feature {feature} is off{scope}",
        "doctor.schedules.off_feature_on": "feature {feature} is on but its schedule {name} is off{scope}",
        "doctor.schedules.ok.one": "{count} schedule(s), consistent with the features",
        "doctor.schedules.ok.few": "{count} schedule(s), consistent with the features",
        "doctor.schedules.ok.many": "{count} schedule(s), consistent with the features",
        "doctor.schedules.fix": "Run `odysseyctl seed` for missing schedules; `odysseyctl schedule off|on NAME` to match the features",
        "doctor.schedules.action": "read job_schedules",

        "doctor.jobs.line": "{queue}: {finding}",
        "doctor.jobs.failed.one": "{count} failed job(s) in the dead letter",
        "doctor.jobs.failed.few": "{count} failed job(s) in the dead letter",
        "doctor.jobs.failed.many": "{count} failed job(s) in the dead letter",
        "doctor.jobs.backlog": "{jobs} due, the oldest for {seconds} s",
        "doctor.jobs.no_handler": "{jobs} but no handler in this daemon",
        "doctor.jobs.count.one": "{count} job(s)",
        "doctor.jobs.count.few": "{count} job(s)",
        "doctor.jobs.count.many": "{count} job(s)",
        "doctor.jobs.ok": "{queues}, {open}, none failed",
        "doctor.jobs.queues.one": "{count} queue(s)",
        "doctor.jobs.queues.few": "{count} queue(s)",
        "doctor.jobs.queues.many": "{count} queue(s)",
        "doctor.jobs.open.one": "{count} open job(s)",
        "doctor.jobs.open.few": "{count} open job(s)",
        "doctor.jobs.open.many": "{count} open job(s)",
        "doctor.jobs.fix": "See `odysseyctl queue show NAME` and `odysseyctl job show ID`; retry with `odysseyctl job retry ID` "
            + "once the cause is fixed, or `odysseyctl queue purge NAME --state failed`",
        "doctor.jobs.action": "read the job queues",

        "doctor.socket.missing": "{path} does not exist",
        "doctor.socket.missing.fix": "Restart odysseyd; check ODYSSEY_CONTROL_SOCKET",
        "doctor.socket.not_socket": "{path} is not a socket",
        "doctor.socket.mode": "{path} has mode {mode}, expected 0660",
        "doctor.socket.directory_mode": "{path} has mode {mode}, expected 0750",
        "doctor.socket.group": "{path} belongs to group {gid}, not {group} ({expected})",
        "doctor.socket.no_group": "the admin group \"{group}\" does not exist: only root and the daemon's user can write",
        "doctor.socket.ok": "{path}: mode 0660, group {group}",
        "doctor.socket.fix": "Restart odysseyd (it sets 0660 and the group on start); create the group with `groupadd {group}` "
            + "or set ODYSSEY_ADMIN_GROUP; `chmod 0750 {directory}`",
    ]
}
