import Testing
@testable import odysseyd

/// The tracker message as the refresh job renders it, in each language: its hints name the
/// buttons as they are labelled at that moment.
@Suite("Initiative tracker message")
struct InitiativeMessageTests {
    static func tracker(round: Int, entries: [InitiativeEntry]) -> InitiativeTracker {
        InitiativeTracker(channelID: 1, guildID: 2, gameMasterID: 3, round: round, currentEntryID: entries.first?.id, messageID: nil,
                          entries: entries)
    }

    static let ogre = InitiativeEntry(id: 1, name: "Ogre", userID: nil, expression: "12", initiative: 12, modifier: 0, tiebreak: 1)

    static func labels(_ payload: MessagePayload) -> [String] {
        payload.components?.flatMap { component -> [String] in
            guard case .actionRow(let row) = component else { return [] }
            return row.components.compactMap { component -> String? in
                guard case .button(let button) = component else { return nil }
                return button.label
            }
        } ?? []
    }

    @Test(arguments: Language.allCases)
    func hintsNameTheButtonsAsLabelled(_ language: Language) {
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Localizer.text(key, values, in: language) }
        let join = text(MessageKeys.Initiative.buttonJoin), start = text(MessageKeys.Initiative.buttonStart)

        let empty = InitiativeMessage.payload(for: Self.tracker(round: 0, entries: []), in: language)
        #expect(empty.embeds?.first?.title == text(MessageKeys.Initiative.titleNotStarted))
        #expect(empty.embeds?.first?.description?.hasPrefix(text(MessageKeys.Initiative.messageEmpty, ["button": join])) == true)
        #expect(Self.labels(empty) == [start, join])

        let waiting = InitiativeMessage.embed(for: Self.tracker(round: 0, entries: [Self.ogre]), in: language)
        #expect(waiting.description?.contains(text(MessageKeys.Initiative.messageStartHint, ["button": start])) == true)
        #expect(waiting.description?.hasSuffix(text(MessageKeys.Initiative.messageGameMaster, ["game_master": "3"])) == true)

        let fighting = InitiativeMessage.payload(for: Self.tracker(round: 4, entries: [Self.ogre]), in: language)
        #expect(fighting.embeds?.first?.title == text(MessageKeys.Initiative.titleRound, ["round": "4"]))
        #expect(Self.labels(fighting) == [text(MessageKeys.Initiative.buttonNext), join])
    }

    @Test func languagesDiffer() {
        let tracker = Self.tracker(round: 1, entries: [Self.ogre])
        let ru = InitiativeMessage.payload(for: tracker, in: .ru), en = InitiativeMessage.payload(for: tracker, in: .en)
        #expect(en.embeds?.first?.title == "Initiative — round 1")
        #expect(ru.embeds?.first?.title != en.embeds?.first?.title)
        #expect(Self.labels(en) == ["Next turn", "Join"])
        #expect(Set(Self.labels(ru)).isDisjoint(with: Self.labels(en)))
    }
}
