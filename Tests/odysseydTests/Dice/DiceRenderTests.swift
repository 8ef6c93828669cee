import Testing
@testable import odysseyd

private func roll(_ text: String, _ dice: ScriptedDice) throws -> DiceRoll {
    var generator = dice
    return try DiceRoller().roll(text, using: &generator)
}

private func seeded(_ text: String, seed: UInt64 = 11) throws -> DiceRoll {
    var generator = SeededRandomNumberGenerator(seed: seed)
    return try DiceRoller().roll(text, using: &generator)
}

private func occurrences(of marker: String, in text: String) -> Int {
    text.components(separatedBy: marker).count - 1
}

@Suite("Dice rendering")
struct DiceRenderTests {
    @Test func singleLineShowsExpressionCommentDetailAndTotal() throws {
        let result = try roll("4d6kh3 + 2 strength", ScriptedDice(d: 6, 6, 5, 1, 3))
        #expect(DiceRollFormatter.text(for: result, in: .en) == """
            `4d6kh3 + 2` · strength
            4d6kh3 (**6**, 5, ~~__1__~~, 3) + 2 = **16**
            """)
    }

    @Test func repeatsAreNumberedLines() throws {
        let result = try roll("3 1d6", ScriptedDice(d: 6, 2, 6, 1))
        #expect(DiceRollFormatter.text(for: result, in: .en) == """
            `1d6` ×3
            1. 1d6 (2) = **2**
            2. 1d6 (**6**) = **6**
            3. 1d6 (__1__) = **1**
            """)
    }

    @Test func operatorsAndUserTextAreEscaped() throws {
        let result = try roll("2*1d6[@everyone *x* <@1>] # ||hi|| @here `code` _u_ ~~s~~", ScriptedDice(d: 6, 3))
        let text = DiceRollFormatter.text(for: result, in: .en)
        #expect(text.contains("2 \\* 1d6 (3) \\[@\u{200B}everyone \\*x\\* \\<@\u{200B}1\\>\\] = **6**"))
        #expect(text.contains("· \\|\\|hi\\|\\| @\u{200B}here \\`code\\` \\_u\\_ \\~\\~s\\~\\~"))
        // Compared as bytes: Foundation's `contains` may skip the zero-width space.
        #expect(!Array(text.utf8).contains(Array("@everyone".utf8)))
        #expect(!Array(text.utf8).contains(Array("@here".utf8)))
        #expect(Array(text.utf8).contains(Array("@\u{200B}here".utf8)))
    }

    @Test func backticksCannotCloseTheExpressionSpan() throws {
        let result = try roll("1d6[a`b]", ScriptedDice(d: 6, 4))
        let header = DiceRollFormatter.text(for: result, in: .en).split(separator: "\n")[0]
        #expect(header == "`1d6[aˋb]`")
    }

    @Test func droppedSetElementsAreStruckWithoutNestedMarkers() throws {
        let result = try roll("(2d6kh1, 1d6)kh1", ScriptedDice(d: 6, 1, 6, 2))
        #expect(result.lines[0].detail == "(2d6kh1 (~~__1__~~, **6**), ~~1d6 (2)~~)kh1")
    }

    @Test func longDiceListsAreCollapsedKeepingTheTotal() throws {
        let result = try seeded("1000d10000 + 1")
        let text = DiceRollFormatter.text(for: result, in: .en)
        #expect(text.utf16.count <= 1900)
        #expect(text.hasSuffix("= **\(result.lines[0].total)**"))
        #expect([20, 8, 3].contains { shown in
            text.contains(Localizer.text(MessageKeys.Dice.moreDice, ["count": String(1000 - shown)], in: .en) + ") + 1")
        }, "\(text.suffix(80))")
        #expect(occurrences(of: "**", in: text) % 2 == 0)
        #expect(occurrences(of: "~~", in: text) % 2 == 0)
        #expect(occurrences(of: "__", in: text) % 2 == 0)
        // The full detail is much longer than a message.
        #expect(result.lines[0].detail.count > 5000)

        let small = DiceRollFormatter.text(for: result, maximumLength: 120, in: .en)
        #expect(small.utf16.count <= 120)
        #expect(small.hasSuffix("**\(result.lines[0].total)**"))
    }

    @Test func collapsingNeverSplitsAStruckOrBoldDie() throws {
        let result = try seeded("400d6kh200 + 300d20r1!")
        for limit in [1900, 900, 300] {
            let text = DiceRollFormatter.text(for: result, maximumLength: limit, in: .en)
            #expect(text.utf16.count <= limit)
            #expect(occurrences(of: "**", in: text) % 2 == 0)
            #expect(occurrences(of: "~~", in: text) % 2 == 0)
            #expect(text.contains("**\(result.lines[0].total)**"))
        }
    }

    @Test func manyRepeatsKeepEveryTotal() throws {
        let result = try seeded("20 50d10000 # a long comment to fill the line")
        let text = DiceRollFormatter.text(for: result, in: .en)
        #expect(text.utf16.count <= 1900)
        for (number, line) in result.lines.enumerated() {
            #expect(text.contains("\(number + 1). "))
            #expect(text.contains("**\(line.total)**"))
        }
        let tight = DiceRollFormatter.text(for: result, maximumLength: 400, in: .en)
        #expect(tight.utf16.count <= 400)
        for line in result.lines {
            #expect(tight.contains("**\(line.total)**"))
        }
    }

    @Test func overlongCommentIsShortenedNotTheTotals() throws {
        let comment = String(repeating: "@x ", count: 160)
        let result = try seeded("20 1d20 # " + comment)
        #expect(DiceRollFormatter.text(for: result, maximumLength: 2000, in: .en).utf16.count > 600)
        let text = DiceRollFormatter.text(for: result, maximumLength: 600, in: .en)
        #expect(text.utf16.count <= 600)
        #expect(text.contains("…"))
        for line in result.lines {
            #expect(text.contains("**\(line.total)**"))
        }
        // An escape pair is never cut in half: no backslash ends the header.
        let header = text.split(separator: "\n")[0]
        #expect(!header.hasSuffix("\\"))
    }

    @Test func markdownEscaping() {
        #expect(DiscordMarkdown.escape("a*b_c~d`e|f<g>h[i]j\\k") == "a\\*b\\_c\\~d\\`e\\|f\\<g\\>h\\[i\\]j\\\\k")
        #expect(DiscordMarkdown.escape("line\nbreak\there") == "line break here")
        #expect(Array(DiscordMarkdown.escape("@here").utf8) == Array("@\u{200B}here".utf8))
        #expect(DiscordMarkdown.code("x`y\nz") == "`xˋy z`")
        #expect(DiceMarkdown.symbol(.multiply) == "\\*")
        #expect(DiceMarkdown.symbol(.add) == "+")
    }

    @Test func validateAcceptsWhatOnlyTheDiceCanBreak() throws {
        let roller = DiceRoller()
        try roller.validate("1000d6!")
        try roller.validate("1 / (1d2 - 1)")
        try roller.validate("6 4d6kh3 # stats")
        #expect(throws: DiceError(position: 2, MessageKeys.Dice.Errors.expectedSides)) {
            try roller.validate("1d+2")
        }
    }

    @Test func collapsedDiceAreCountedInTheGuildsLanguage() throws {
        let result = try roll("5d6 + 1d4 + 1", ScriptedDice(d: 6, 1, 2, 3, 4, 5).then(d: 4, 2))
        for language in Language.allCases {
            let hidden = DiceDetailSegment.render(result.lines[0].segments, diceShown: 0, in: language)
            #expect(hidden == "5d6 (\(Localizer.plural(MessageKeys.Dice.hiddenDice, 5, in: language))) + "
                    + "1d4 (\(Localizer.plural(MessageKeys.Dice.hiddenDice, 1, in: language))) + 1")
            let more = Localizer.text(MessageKeys.Dice.moreDice, ["count": "3"], in: language)
            #expect(DiceDetailSegment.render(result.lines[0].segments, diceShown: 2, in: language) == "5d6 (__1__, 2, \(more)) + 1d4 (2) + 1")
        }
        // The words differ, and Russian picks its plural forms.
        #expect(Localizer.plural(MessageKeys.Dice.hiddenDice, 5, in: .ru) != Localizer.plural(MessageKeys.Dice.hiddenDice, 5, in: .en))
        #expect(Localizer.plural(MessageKeys.Dice.hiddenDice, 2, in: .ru) != Localizer.plural(MessageKeys.Dice.hiddenDice, 5, in: .ru))
        // Without collapsing there are no words: a roll reads the same in every language.
        #expect(DiceRollFormatter.text(for: result, in: .ru) == DiceRollFormatter.text(for: result, in: .en))
        #expect(DiceDetailSegment.render(result.lines[0].segments) == result.lines[0].detail)
    }

    @Test func emptyPoolShowsADash() throws {
        let result = try roll("0d6 + 3", ScriptedDice([], in: 1...1))
        #expect(result.lines[0].detail == "0d6 (—) + 3")
    }
}
