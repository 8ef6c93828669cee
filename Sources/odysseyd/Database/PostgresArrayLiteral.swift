import Foundation

/// One-dimensional array literals (`{a,"b c",NULL}`), both ways.
enum PostgresArrayLiteral {
    /// The elements, `nil` for NULL; `nil` overall when the text is not a one-dimensional array.
    static func parse(_ text: String) -> [String?]? {
        var characters = Substring(text)
        // A lower bound other than 1 is printed as "[0:2]={...}"; the elements are what matter.
        if characters.first == "[", let equals = characters.firstIndex(of: "=") {
            characters = characters[characters.index(after: equals)...]
        }
        guard characters.first == "{", characters.last == "}" else { return nil }
        characters = characters.dropFirst().dropLast()
        if characters.isEmpty { return [] }

        var elements: [String?] = []
        var current = ""
        var quoted = false
        var wasQuoted = false
        var escaping = false
        for character in characters {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                quoted.toggle()
                wasQuoted = true
            } else if character == "{" && !quoted {
                return nil  // nested arrays are not used by Odyssey
            } else if character == "," && !quoted {
                elements.append(!wasQuoted && current == "NULL" ? nil : current)
                current = ""
                wasQuoted = false
            } else {
                current.append(character)
            }
        }
        guard !quoted, !escaping else { return nil }
        elements.append(!wasQuoted && current == "NULL" ? nil : current)
        return elements
    }

    static func format(_ elements: [String?]) -> String {
        let quoted = elements.map { element -> String in
            guard let element else { return "NULL" }
            let escaped = element.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }

    /// The element type of the built-in array types Odyssey reads; 0 (unknown) otherwise.
    static func elementOID(ofArray arrayOID: UInt32) -> UInt32 {
        switch arrayOID {
        case 1000: return 16  // bool
        case 1005: return 21  // int2
        case 1007: return 23  // int4
        case 1009: return 25  // text
        case 1015: return 1043  // varchar
        case 1016: return 20  // int8
        case 1022: return 701  // float8
        case 1185: return 1184  // timestamptz
        case 2951: return 2950  // uuid
        case 3807: return 3802  // jsonb
        default: return 0
        }
    }
}
