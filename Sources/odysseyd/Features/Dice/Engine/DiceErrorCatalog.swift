extension MessageKeys.Dice {
    /// The dice engine's ``DiceError`` messages: lower case, without a final full stop, since the
    /// reply puts them after "I couldn't read that roll:".
    enum Errors {
        static let tooLong = "dice.error.too_long"
        static let repeatsAtLeastOne = "dice.error.repeats_at_least_one"
        static let tooManyRepeats = "dice.error.too_many_repeats"
        static let detachedModifier = "dice.error.detached_modifier"
        static let unmatchedParenthesis = "dice.error.unmatched_parenthesis"
        static let commaOutsideSet = "dice.error.comma_outside_set"
        static let commentWithoutSpace = "dice.error.comment_without_space"
        static let expectedEnd = "dice.error.expected_end"
        static let unclosedBracket = "dice.error.unclosed_bracket"
        static let emptyLabel = "dice.error.empty_label"
        static let expectedOperand = "dice.error.expected_operand"
        static let tooManyDiceInTerm = "dice.error.too_many_dice_in_term"
        static let unclosedParenthesis = "dice.error.unclosed_parenthesis"
        static let expectedClosingParenthesis = "dice.error.expected_closing_parenthesis"
        static let expectedSides = "dice.error.expected_sides"
        static let noSides = "dice.error.no_sides"
        static let tooManySides = "dice.error.too_many_sides"
        static let numberTooLarge = "dice.error.number_too_large"
        static let expectedNumber = "dice.error.expected_number"
        static let expectedNumberAfter = "dice.error.expected_number_after"
        static let tooDeep = "dice.error.too_deep"
        static let unknownSetModifier = "dice.error.unknown_set_modifier"
        static let unknownDiceModifier = "dice.error.unknown_dice_modifier"
        static let keepAtLeastOne = "dice.error.keep_at_least_one"
        static let dropAtLeastOne = "dice.error.drop_at_least_one"
        static let expectedSelector = "dice.error.expected_selector"
        static let compoundingExplosion = "dice.error.compounding_explosion"
        static let explodeOnce = "dice.error.explode_once"
        static let endlessExplosion = "dice.error.endless_explosion"
        static let endlessReroll = "dice.error.endless_reroll"
        static let negativeDiceCount = "dice.error.negative_dice_count"
        static let tooManyDiceRolled = "dice.error.too_many_dice_rolled"
        static let totalTooLarge = "dice.error.total_too_large"
        static let advantageNeedsD20 = "dice.error.advantage_needs_d20"
        static let disadvantageNeedsD20 = "dice.error.disadvantage_needs_d20"
        static let tooManyDiceNeeded = "dice.error.too_many_dice_needed"
        static let resultTooLarge = "dice.error.result_too_large"
        static let divisionByZero = "dice.error.division_by_zero"
        static let moduloByZero = "dice.error.modulo_by_zero"

        static let all = [
            tooLong, repeatsAtLeastOne, tooManyRepeats, detachedModifier, unmatchedParenthesis, commaOutsideSet,
            commentWithoutSpace, expectedEnd, unclosedBracket, emptyLabel, expectedOperand, tooManyDiceInTerm,
            unclosedParenthesis, expectedClosingParenthesis, expectedSides, noSides, tooManySides, numberTooLarge,
            expectedNumber, expectedNumberAfter, tooDeep, unknownSetModifier, unknownDiceModifier, keepAtLeastOne,
            dropAtLeastOne, expectedSelector, compoundingExplosion, explodeOnce, endlessExplosion, endlessReroll,
            negativeDiceCount, tooManyDiceRolled, totalTooLarge, advantageNeedsD20, disadvantageNeedsD20,
            tooManyDiceNeeded, resultTooLarge, divisionByZero, moduloByZero,
        ]
    }

    /// Plural keys for a count after "at most" / "more than". Russian puts it in the genitive
    /// ("не больше 21 символа", "не больше 500 символов"), so these are not the nominative forms.
    enum Limit {
        static let characters = "dice.limit.characters"
        static let repeats = "dice.limit.repeats"
        static let sides = "dice.limit.sides"
        static let levels = "dice.limit.levels"

        static let all = [characters, repeats, sides, levels]
    }
}

/// The dice engine's share of ``CatalogSection/dice``: its error messages and the limit counts
/// they (and `/character add`) show. Kept beside the engine, which is where the errors are thrown.
enum DiceErrorCatalog {
    static let ru: [String: String] = [
        "dice.error.too_long": "выражение слишком длинное: допустимо не больше {characters}",
        "dice.error.repeats_at_least_one": "число повторов должно быть не меньше 1",
        "dice.error.too_many_repeats": "слишком много повторов: не больше {repeats}",
        "dice.error.detached_modifier": "модификатор пишется вплотную к костям, без пробела: 4d6kh3",
        "dice.error.unmatched_parenthesis": "лишняя закрывающая скобка «)»",
        "dice.error.comma_outside_set": "запятая ставится только внутри набора: (1d20, 1d20)kh1",
        "dice.error.comment_without_space": "неожиданный символ «{character}»: перед комментарием нужен пробел или «#»",
        "dice.error.expected_end": "ожидался оператор, комментарий или конец выражения, а встретился символ «{character}»",
        "dice.error.unclosed_bracket": "скобка «[» на позиции {open} не закрыта",
        "dice.error.empty_label": "внутри «[ ]» нужна метка",
        "dice.error.expected_operand": "ожидалось число, «(» или бросок костей",
        "dice.error.too_many_dice_in_term": "слишком много костей: не больше {maximum} за бросок",
        "dice.error.unclosed_parenthesis": "скобка «(» на позиции {open} не закрыта",
        "dice.error.expected_closing_parenthesis": "ожидалась «)», закрывающая «(» на позиции {open}, а встретился символ «{character}»",
        "dice.error.expected_sides": "после «d» ожидалось число граней",
        "dice.error.no_sides": "у кости должна быть хотя бы одна грань",
        "dice.error.too_many_sides": "у кости может быть не больше {sides}",
        "dice.error.number_too_large": "слишком большое число",
        "dice.error.expected_number": "ожидалось число",
        "dice.error.expected_number_after": "после «{after}» ожидалось число",
        "dice.error.too_deep": "слишком глубокая вложенность: больше {levels}",
        "dice.error.unknown_set_modifier": "неизвестный модификатор «{modifier}» после набора (у наборов есть только k, d и p)",
        "dice.error.unknown_dice_modifier": "неизвестный модификатор «{modifier}» после броска костей",
        "dice.error.keep_at_least_one": "оставить нужно хотя бы один результат",
        "dice.error.drop_at_least_one": "отбросить нужно хотя бы один результат",
        "dice.error.expected_selector": "после «{modifier}» ожидалось число или сравнение",
        "dice.error.compounding_explosion": "накапливающиеся взрывы («!!») не поддерживаются, используйте «!»",
        "dice.error.explode_once": "у броска может быть только один взрыв",
        "dice.error.endless_explosion": "с «{modifier}» здесь d{faces} взрывалась бы на любой грани без конца",
        "dice.error.endless_reroll": "с «rr» здесь d{faces} перебрасывалась бы на любой грани без конца",
        "dice.error.negative_dice_count": "количество костей не может быть отрицательным (получилось {count})",
        "dice.error.too_many_dice_rolled": "слишком много костей: пришлось бы бросить больше {maximum} (перебросы, взрывы и повторы тоже считаются)",
        "dice.error.total_too_large": "слишком большая сумма",
        "dice.error.advantage_needs_d20": "для броска с преимуществом в выражении нужен d20",
        "dice.error.disadvantage_needs_d20": "для броска с помехой в выражении нужен d20",
        "dice.error.too_many_dice_needed": "слишком много костей: этому броску нужно не меньше {needed}, а можно не больше {maximum}",
        "dice.error.result_too_large": "слишком большой результат «{operator}»",
        "dice.error.division_by_zero": "деление на ноль",
        "dice.error.modulo_by_zero": "остаток от деления на ноль",
        "dice.limit.characters.one": "{count} символа",
        "dice.limit.characters.few": "{count} символов",
        "dice.limit.characters.many": "{count} символов",
        "dice.limit.repeats.one": "{count} повтора",
        "dice.limit.repeats.few": "{count} повторов",
        "dice.limit.repeats.many": "{count} повторов",
        "dice.limit.sides.one": "{count} грани",
        "dice.limit.sides.few": "{count} граней",
        "dice.limit.sides.many": "{count} граней",
        "dice.limit.levels.one": "{count} уровня",
        "dice.limit.levels.few": "{count} уровней",
        "dice.limit.levels.many": "{count} уровней",
    ]

    static let en: [String: String] = [
        "dice.error.too_long": "the expression is too long: at most {characters}",
        "dice.error.repeats_at_least_one": "the repeat count must be at least 1",
        "dice.error.too_many_repeats": "at most {repeats}",
        "dice.error.detached_modifier": "a modifier must touch its dice, without a space: 4d6kh3",
        "dice.error.unmatched_parenthesis": "unmatched ')'",
        "dice.error.comma_outside_set": "a ',' belongs inside a set: (1d20, 1d20)kh1",
        "dice.error.comment_without_space": "unexpected '{character}': a comment needs a space or '#' before it",
        "dice.error.expected_end": "expected an operator, a comment or the end, found '{character}'",
        "dice.error.unclosed_bracket": "unclosed '[' opened at {open}",
        "dice.error.empty_label": "expected a label inside '[ ]'",
        "dice.error.expected_operand": "expected a number, '(' or a dice roll",
        "dice.error.too_many_dice_in_term": "too many dice: at most {maximum} per roll",
        "dice.error.unclosed_parenthesis": "unclosed '(' opened at {open}",
        "dice.error.expected_closing_parenthesis": "expected ')' to close the '(' at {open}, found '{character}'",
        "dice.error.expected_sides": "expected a number of sides after 'd'",
        "dice.error.no_sides": "a die needs at least 1 side",
        "dice.error.too_many_sides": "a die can have at most {sides}",
        "dice.error.number_too_large": "the number is too large",
        "dice.error.expected_number": "expected a number",
        "dice.error.expected_number_after": "expected a number after '{after}'",
        "dice.error.too_deep": "nested more than {levels} deep",
        "dice.error.unknown_set_modifier": "unknown modifier '{modifier}' after a set (sets take k, d and p)",
        "dice.error.unknown_dice_modifier": "unknown modifier '{modifier}' after a dice roll",
        "dice.error.keep_at_least_one": "keep count must be at least 1",
        "dice.error.drop_at_least_one": "drop count must be at least 1",
        "dice.error.expected_selector": "expected a count or a comparison after '{modifier}'",
        "dice.error.compounding_explosion": "compounding explosions ('!!') are not supported; use '!'",
        "dice.error.explode_once": "a dice roll can explode only once",
        "dice.error.endless_explosion": "'{modifier}' here would explode on every face of a d{faces} and never stop",
        "dice.error.endless_reroll": "'rr' here would reroll every face of a d{faces} forever",
        "dice.error.negative_dice_count": "the number of dice cannot be negative (it was {count})",
        "dice.error.too_many_dice_rolled": "too many dice: more than {maximum} would be rolled (rerolls, explosions and repeats count)",
        "dice.error.total_too_large": "the total is too large",
        "dice.error.advantage_needs_d20": "advantage needs a d20 roll in the expression",
        "dice.error.disadvantage_needs_d20": "disadvantage needs a d20 roll in the expression",
        "dice.error.too_many_dice_needed": "too many dice: this roll needs at least {needed}, at most {maximum} are allowed",
        "dice.error.result_too_large": "the result of '{operator}' is too large",
        "dice.error.division_by_zero": "division by zero",
        "dice.error.modulo_by_zero": "modulo by zero",
        "dice.limit.characters.one": "{count} character",
        "dice.limit.characters.few": "{count} characters",
        "dice.limit.characters.many": "{count} characters",
        "dice.limit.repeats.one": "{count} repeat",
        "dice.limit.repeats.few": "{count} repeats",
        "dice.limit.repeats.many": "{count} repeats",
        "dice.limit.sides.one": "{count} side",
        "dice.limit.sides.few": "{count} sides",
        "dice.limit.sides.many": "{count} sides",
        "dice.limit.levels.one": "{count} level",
        "dice.limit.levels.few": "{count} levels",
        "dice.limit.levels.many": "{count} levels",
    ]
}
