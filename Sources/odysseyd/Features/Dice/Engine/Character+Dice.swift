/// ASCII-only character tests for the dice parser: `Character.isNumber` would also accept other
/// scripts' digits, which `Int` parsing does not.
///
/// ```swift
/// Character("D").lowerASCII   // "d"
/// ```
extension Character {
    var isASCIIDigit: Bool {
        asciiDigitValue != nil
    }

    var asciiDigitValue: Int? {
        guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
        return Int(ascii - 48)
    }

    /// Lower case for ASCII letters, unchanged otherwise; cheaper than `lowercased()`.
    var lowerASCII: Character {
        guard let ascii = asciiValue, ascii >= 65, ascii <= 90 else { return self }
        return Character(Unicode.Scalar(ascii + 32))
    }
}

extension String {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
