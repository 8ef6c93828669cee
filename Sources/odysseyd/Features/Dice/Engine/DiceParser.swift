/// Parses a `/roll` input into a ``DiceProgram`` by recursive descent, checking every limit that
/// is known before rolling (length, sides, literal dice counts, repeats, nesting, endless rerolls
/// and explosions). The grammar, loosest first:
///
///     input      = [repeats ws] comparison [comment]
///     comparison = additive { ("=" | "!=" | "<" | ">" | "<=" | ">=") additive }
///     additive   = term { ("+" | "-") term }
///     term       = unary { ("*" | "/" | "%") unary }
///     unary      = ("-" | "+") unary | primary { "[" label "]" }
///     primary    = number | dice | "(" comparison ")" | set
///     dice       = [number | "(" comparison ")"] "d" (number | "%" | "F") modifier* [success]
///     set        = "(" comparison { "," comparison } [","] ")" (k | d | p)* [success]
///
/// Positions are character offsets into the whole input.
///
/// ```swift
/// var parser = DiceParser(text: "6 4d6kh3", limits: .standard)
/// let program = try parser.parse()   // repeats 6, expression 4d6kh3
/// ```
struct DiceParser: Sendable {
    let characters: [Character]
    let limits: DiceLimits
    var index = 0
    private var depth = 0

    init(text: String, limits: DiceLimits) {
        characters = Array(text)
        self.limits = limits
    }

    mutating func parse() throws(DiceError) -> DiceProgram {
        if characters.count > limits.maximumLength {
            throw DiceError(position: limits.maximumLength, MessageKeys.Dice.Errors.tooLong,
                            ["characters": .count(key: MessageKeys.Dice.Limit.characters, limits.maximumLength)])
        }
        skipWhitespace()
        let repeats = try parseRepeats() ?? 1
        let expression = try parseComparison()
        let comment = try parseEnd()
        return DiceProgram(repeats: repeats, expression: expression, comment: comment)
    }

    // MARK: Input level

    /// A leading count is a repeat only when whitespace and the start of a roll follow it, so
    /// `6 4d6kh3` repeats while `6 + 1` and `6 apples` do not.
    private mutating func parseRepeats() throws(DiceError) -> Int? {
        var end = index
        while end < characters.count, characters[end].isASCIIDigit { end += 1 }
        guard end > index, end < characters.count, characters[end].isWhitespace else { return nil }
        var next = end
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count, startsRoll(at: next) else { return nil }
        let position = index
        let repeats = try parseNumber()
        if repeats < 1 {
            throw DiceError(position: position, MessageKeys.Dice.Errors.repeatsAtLeastOne)
        }
        if repeats > limits.maximumRepeats {
            throw DiceError(position: position, MessageKeys.Dice.Errors.tooManyRepeats,
                            ["repeats": .count(key: MessageKeys.Dice.Limit.repeats, limits.maximumRepeats)])
        }
        index = next
        return repeats
    }

    private func startsRoll(at position: Int) -> Bool {
        let character = characters[position].lowerASCII
        if character.isASCIIDigit || character == "(" { return true }
        guard character == "d", position + 1 < characters.count else { return false }
        let sides = characters[position + 1].lowerASCII
        return sides.isASCIIDigit || sides == "%" || sides == "f"
    }

    /// What may follow a complete expression: nothing, `# comment`, or free text starting with a
    /// letter after whitespace (no continuation of an expression starts that way: modifiers are
    /// attached to their dice and labels start with `[`).
    private mutating func parseEnd() throws(DiceError) -> String? {
        skipWhitespace()
        guard index < characters.count else { return nil }
        let character = characters[index]
        let afterSpace = index > 0 && characters[index - 1].isWhitespace
        if character == "#" {
            return Self.comment(characters[(index + 1)...])
        }
        if character.isLetter && afterSpace {
            var end = index
            while end < characters.count, !characters[end].isWhitespace { end += 1 }
            if Self.looksLikeModifier(characters[index..<end]) {
                throw DiceError(position: index, MessageKeys.Dice.Errors.detachedModifier)
            }
            return Self.comment(characters[index...])
        }
        if character == ")" {
            throw DiceError(position: index, MessageKeys.Dice.Errors.unmatchedParenthesis)
        }
        if character == "," {
            throw DiceError(position: index, MessageKeys.Dice.Errors.commaOutsideSet)
        }
        if character.isLetter {
            throw DiceError(position: index, MessageKeys.Dice.Errors.commentWithoutSpace, ["character": .text(String(character))])
        }
        throw DiceError(position: index, MessageKeys.Dice.Errors.expectedEnd, ["character": .text(String(character))])
    }

    /// `4d6 kh3` is almost certainly a detached modifier, not a comment reading "kh3".
    private static func looksLikeModifier(_ word: ArraySlice<Character>) -> Bool {
        let text = String(word).lowercased()
        for prefix in ["kh", "kl", "dh", "dl", "ph", "pl", "k", "p", "rr", "ra", "ro", "r", "mi", "ma", "e"] where text.hasPrefix(prefix) {
            let condition = text.dropFirst(prefix.count).drop { "<>=!".contains($0) }
            let digits = condition.hasPrefix("-") ? condition.dropFirst() : condition
            if !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) { return true }
        }
        return false
    }

    private static func comment(_ characters: ArraySlice<Character>) -> String? {
        let text = String(characters).trimmingWhitespace
        return text.isEmpty ? nil : text
    }

    // MARK: Operators

    private mutating func parseComparison() throws(DiceError) -> DiceExpression {
        let first = try parseAdditive()
        var rest: [DiceOperation] = []
        while true {
            skipWhitespace()
            guard let (comparison, length) = peekComparison() else { break }
            let position = index
            index += length
            rest.append(DiceOperation(operator: .compare(comparison), operand: try parseAdditive(), position: position))
        }
        return rest.isEmpty ? first : .operation(first: first, rest: rest)
    }

    private mutating func parseAdditive() throws(DiceError) -> DiceExpression {
        let first = try parseMultiplicative()
        var rest: [DiceOperation] = []
        while true {
            skipWhitespace()
            guard index < characters.count else { break }
            let op: DiceOperator
            switch characters[index] {
            case "+": op = .add
            case "-": op = .subtract
            default: return rest.isEmpty ? first : .operation(first: first, rest: rest)
            }
            let position = index
            index += 1
            rest.append(DiceOperation(operator: op, operand: try parseMultiplicative(), position: position))
        }
        return rest.isEmpty ? first : .operation(first: first, rest: rest)
    }

    private mutating func parseMultiplicative() throws(DiceError) -> DiceExpression {
        let first = try parseUnary()
        var rest: [DiceOperation] = []
        while true {
            skipWhitespace()
            guard index < characters.count else { break }
            let op: DiceOperator
            switch characters[index] {
            case "*": op = .multiply
            case "/": op = .divide
            case "%": op = .modulo
            default: return rest.isEmpty ? first : .operation(first: first, rest: rest)
            }
            let position = index
            index += 1
            rest.append(DiceOperation(operator: op, operand: try parseUnary(), position: position))
        }
        return rest.isEmpty ? first : .operation(first: first, rest: rest)
    }

    private mutating func parseUnary() throws(DiceError) -> DiceExpression {
        skipWhitespace()
        guard index < characters.count, characters[index] == "-" || characters[index] == "+" else {
            return try parseLabeled()
        }
        let position = index
        let negative = characters[index] == "-"
        index += 1
        try enter(at: position)
        defer { depth -= 1 }
        let inner = try parseUnary()
        return negative ? .negate(inner, position: position) : inner
    }

    private mutating func parseLabeled() throws(DiceError) -> DiceExpression {
        var expression = try parsePrimary()
        while true {
            let before = index
            skipWhitespace()
            guard index < characters.count, characters[index] == "[" else {
                index = before
                return expression
            }
            let open = index
            index += 1
            let start = index
            while index < characters.count, characters[index] != "]" { index += 1 }
            guard index < characters.count else {
                throw DiceError(position: index, MessageKeys.Dice.Errors.unclosedBracket, ["open": .number(open)])
            }
            let label = String(characters[start..<index]).trimmingWhitespace
            index += 1
            if label.isEmpty {
                throw DiceError(position: open, MessageKeys.Dice.Errors.emptyLabel)
            }
            expression = .labeled(expression, label: label, position: open)
        }
    }

    // MARK: Operands

    private mutating func parsePrimary() throws(DiceError) -> DiceExpression {
        skipWhitespace()
        guard index < characters.count else {
            throw DiceError(position: index, MessageKeys.Dice.Errors.expectedOperand)
        }
        let character = characters[index].lowerASCII
        let position = index
        if character.isASCIIDigit {
            let value = try parseNumber()
            if index < characters.count, characters[index].lowerASCII == "d" {
                if value > limits.maximumDice {
                    throw DiceError(position: position, MessageKeys.Dice.Errors.tooManyDiceInTerm, ["maximum": .number(limits.maximumDice)])
                }
                return .dice(try parseDice(count: .literal(value), start: position))
            }
            return .number(value, position: position)
        }
        if character == "d" {
            return .dice(try parseDice(count: .literal(1), start: position))
        }
        if character == "(" {
            return try parseParenthesised()
        }
        throw DiceError(position: index, MessageKeys.Dice.Errors.expectedOperand)
    }

    /// `(…)`: a group, a set (a comma, or keep/drop after it), or a dice count (`d` after it).
    private mutating func parseParenthesised() throws(DiceError) -> DiceExpression {
        let open = index
        index += 1
        try enter(at: open)
        defer { depth -= 1 }
        var elements = [try parseComparison()]
        var trailingComma = false
        while true {
            skipWhitespace()
            guard index < characters.count, characters[index] == "," else { break }
            index += 1
            skipWhitespace()
            if index < characters.count, characters[index] == ")" {
                trailingComma = true
                break
            }
            elements.append(try parseComparison())
        }
        guard index < characters.count else {
            throw DiceError(position: index, MessageKeys.Dice.Errors.unclosedParenthesis, ["open": .number(open)])
        }
        guard characters[index] == ")" else {
            throw DiceError(position: index, MessageKeys.Dice.Errors.expectedClosingParenthesis,
                            ["open": .number(open), "character": .text(String(characters[index]))])
        }
        index += 1
        let next = index < characters.count ? characters[index].lowerASCII : " "
        if elements.count == 1 && !trailingComma {
            if next == "d" {
                return .dice(try parseDice(count: .expression(elements[0]), start: open))
            }
            if next != "k" && next != "p" {
                return .group(elements[0], position: open)
            }
        }
        var set = DiceSet(elements: elements, position: open)
        set.modifiers = try parseModifiers(faces: nil)
        set.successes = try parseAttachedSuccess()
        return .set(set)
    }

    /// At the `d` of a dice term.
    private mutating func parseDice(count: DiceTerm.Count, start: Int) throws(DiceError) -> DiceTerm {
        index += 1
        let sidesPosition = index
        guard index < characters.count else {
            throw DiceError(position: index, MessageKeys.Dice.Errors.expectedSides)
        }
        let faces: DiceFaces
        switch characters[index].lowerASCII {
        case "%":
            index += 1
            faces = .sides(100)
        case "f":
            index += 1
            faces = .fate
        case let digit where digit.isASCIIDigit:
            let sides = try parseNumber()
            if sides < 1 {
                throw DiceError(position: sidesPosition, MessageKeys.Dice.Errors.noSides)
            }
            if sides > limits.maximumSides {
                throw DiceError(position: sidesPosition, MessageKeys.Dice.Errors.tooManySides,
                                ["sides": .count(key: MessageKeys.Dice.Limit.sides, limits.maximumSides)])
            }
            faces = .sides(sides)
        default:
            throw DiceError(position: index, MessageKeys.Dice.Errors.expectedSides)
        }
        var term = DiceTerm(count: count, faces: faces, position: start)
        term.modifiers = try parseModifiers(faces: faces)
        term.successes = try parseAttachedSuccess()
        return term
    }

    // MARK: Lexical helpers

    mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// A non-negative integer literal at `index`.
    mutating func parseNumber() throws(DiceError) -> Int {
        let start = index
        var value = 0
        while index < characters.count, let digit = characters[index].asciiDigitValue {
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            if overflowA || overflowB {
                throw DiceError(position: start, MessageKeys.Dice.Errors.numberTooLarge)
            }
            value = sum
            index += 1
        }
        if index == start {
            throw DiceError(position: start, MessageKeys.Dice.Errors.expectedNumber)
        }
        return value
    }

    /// An optionally negative integer literal, as conditions and `mi`/`ma` take.
    mutating func parseSignedNumber(after what: String) throws(DiceError) -> Int {
        var negative = false
        if index < characters.count, characters[index] == "-" {
            negative = true
            index += 1
        }
        guard index < characters.count, characters[index].isASCIIDigit else {
            throw DiceError(position: index, MessageKeys.Dice.Errors.expectedNumberAfter, ["after": .text(what)])
        }
        let value = try parseNumber()
        return negative ? -value : value
    }

    /// The comparison operator at `index`, if any, with its length. `==` is accepted for `=`.
    func peekComparison() -> (DiceComparison, Int)? {
        guard index < characters.count else { return nil }
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        switch characters[index] {
        case "=": return (.equal, next == "=" ? 2 : 1)
        case "!": return next == "=" ? (.notEqual, 2) : nil
        case "<": return next == "=" ? (.atMost, 2) : (.less, 1)
        case ">": return next == "=" ? (.atLeast, 2) : (.greater, 1)
        default: return nil
        }
    }

    private mutating func enter(at position: Int) throws(DiceError) {
        depth += 1
        if depth > limits.maximumDepth {
            throw DiceError(position: position, MessageKeys.Dice.Errors.tooDeep,
                            ["levels": .count(key: MessageKeys.Dice.Limit.levels, limits.maximumDepth)])
        }
    }
}
