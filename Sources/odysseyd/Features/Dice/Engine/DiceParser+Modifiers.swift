/// Modifiers after a dice term or set, and the attached success comparison. Modifiers must touch
/// their dice (`4d6kh3`, not `4d6 kh3`): that is what lets free text after whitespace be a comment.
///
/// ```swift
/// var parser = DiceParser(text: "4d6r1kh3!", limits: .standard)
/// let program = try parser.parse()   // modifiers: r1, kh3, !
/// ```
extension DiceParser {
    /// `faces` is `nil` for a set, which takes only keep and drop.
    mutating func parseModifiers(faces: DiceFaces?) throws(DiceError) -> [DiceModifier] {
        var modifiers: [DiceModifier] = []
        while index < characters.count {
            let position = index
            let letter = characters[index].lowerASCII
            let next: Character = index + 1 < characters.count ? characters[index + 1].lowerASCII : " "
            if letter == "!" && next == "=" { break }   // the not-equal comparison
            switch (letter, faces) {
            case ("k", _):
                index += 1
                modifiers.append(DiceModifier(.keep(try parseSelector(keep: true)), at: position))
            case ("d", _), ("p", _):
                index += 1
                modifiers.append(DiceModifier(.drop(try parseSelector(keep: false)), at: position))
            case ("r", let faces?):
                index += 1
                modifiers.append(try parseReroll(at: position, faces: faces))
            case ("e", let faces?), ("!", let faces?):
                index += 1
                modifiers.append(try parseExplosion(letter, at: position, faces: faces, after: modifiers))
            case ("m", _?) where next == "i" || next == "a":
                index += 2
                let value = try parseSignedNumber(after: "m" + String(next))
                modifiers.append(DiceModifier(next == "i" ? .minimum(value) : .maximum(value), at: position))
            default:
                if letter.isLetter || letter == "!" {
                    let key = faces == nil ? MessageKeys.Dice.Errors.unknownSetModifier : MessageKeys.Dice.Errors.unknownDiceModifier
                    throw DiceError(position: position, key, ["modifier": .text(String(characters[index]))])
                }
                return modifiers
            }
        }
        return modifiers
    }

    /// After `k`, `d` or `p`: `h`/`l` with an optional count (default 1), a bare count (highest for
    /// keep, lowest for drop) or a comparison.
    private mutating func parseSelector(keep: Bool) throws(DiceError) -> DiceSelector {
        let letter = characters[index - 1].lowerASCII
        var direction: Character? = nil
        if index < characters.count, ["h", "l"].contains(characters[index].lowerASCII) {
            direction = characters[index].lowerASCII
            index += 1
        }
        if direction != nil || (index < characters.count && characters[index].isASCIIDigit) {
            let position = index
            var count = 1
            if index < characters.count, characters[index].isASCIIDigit { count = try parseNumber() }
            if count < 1 {
                throw DiceError(position: position, keep ? MessageKeys.Dice.Errors.keepAtLeastOne : MessageKeys.Dice.Errors.dropAtLeastOne)
            }
            switch direction ?? (keep ? "h" : "l") {
            case "h": return .highest(count)
            default: return .lowest(count)
            }
        }
        if let condition = try parseCondition(after: String(letter), bareNumberMeansEqual: false) {
            return .matching(condition)
        }
        throw DiceError(position: index, MessageKeys.Dice.Errors.expectedSelector, ["modifier": .text(String(letter))])
    }

    /// After `!` or `e`: an optional condition (default: the highest face).
    private mutating func parseExplosion(_ letter: Character, at position: Int, faces: DiceFaces,
                                         after earlier: [DiceModifier]) throws(DiceError) -> DiceModifier {
        if letter == "!" && index < characters.count && characters[index] == "!" {
            throw DiceError(position: position, MessageKeys.Dice.Errors.compoundingExplosion)
        }
        // A second explosion would re-explode the first one's dice: never what was meant.
        if earlier.contains(where: \.isExplosion) {
            throw DiceError(position: position, MessageKeys.Dice.Errors.explodeOnce)
        }
        let condition = try parseCondition(after: String(letter), bareNumberMeansEqual: true)
        if (condition ?? DiceCondition(.equal, faces.range.upperBound)).matchesAll(of: faces.range) {
            throw DiceError(position: position, MessageKeys.Dice.Errors.endlessExplosion,
                            ["modifier": .text(String(letter)), "faces": .text(faces.text)])
        }
        return DiceModifier(.explode(condition), at: position)
    }

    /// After `r`: `r` (once), `ro` (once), `rr` (until it stops matching), `ra` (once, added).
    private mutating func parseReroll(at position: Int, faces: DiceFaces) throws(DiceError) -> DiceModifier {
        var style: Character = "o"
        if index < characters.count, ["r", "a", "o"].contains(characters[index].lowerASCII) {
            style = characters[index].lowerASCII
            index += 1
        }
        let name = style == "o" ? "r" : "r" + String(style)
        // The default (the lowest face) is made explicit, so the canonical text says what happens.
        let condition = try parseCondition(after: name, bareNumberMeansEqual: true) ?? DiceCondition(.equal, faces.range.lowerBound)
        switch style {
        case "r":
            if condition.matchesAll(of: faces.range) {
                throw DiceError(position: position, MessageKeys.Dice.Errors.endlessReroll, ["faces": .text(faces.text)])
            }
            return DiceModifier(.rerollRepeatedly(condition), at: position)
        case "a":
            return DiceModifier(.rerollAndAdd(condition), at: position)
        default:
            return DiceModifier(.reroll(condition), at: position)
        }
    }

    /// A comparison and number (`<3`, `>=-1`), or with `bareNumberMeansEqual` a bare number (`r1`).
    /// `nil` when neither is there: the modifier's default applies.
    private mutating func parseCondition(after name: String, bareNumberMeansEqual: Bool) throws(DiceError) -> DiceCondition? {
        if let (comparison, length) = peekComparison() {
            index += length
            return DiceCondition(comparison, try parseSignedNumber(after: name + comparison.rawValue))
        }
        if bareNumberMeansEqual, index < characters.count, characters[index].isASCIIDigit {
            return DiceCondition(.equal, try parseNumber())
        }
        return nil
    }

    /// A comparison touching a dice term or set with an integer literal after it (`10d10>=8`)
    /// counts successes. Anything else (`2d6 > 7`, `1d20>1d6`) is left to the ordinary comparison.
    mutating func parseAttachedSuccess() throws(DiceError) -> DiceCondition? {
        guard let (comparison, length) = peekComparison() else { return nil }
        let start = index
        index += length
        var negative = false
        if index < characters.count, characters[index] == "-" {
            negative = true
            index += 1
        }
        guard index < characters.count, characters[index].isASCIIDigit else {
            index = start
            return nil
        }
        let value = try parseNumber()
        if index < characters.count, ["d", "("].contains(characters[index].lowerASCII) {
            index = start
            return nil
        }
        return DiceCondition(comparison, negative ? -value : value)
    }
}
