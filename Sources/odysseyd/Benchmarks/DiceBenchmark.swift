import Foundation

/// The dice engine's fixed workloads, in process: expressions parsed and evaluated per second for
/// each class of roll (and formatted, for the formatting class), with a seeded generator so every
/// run rolls the same dice. The 1,000-dice class is the worst case the limits allow.
///
/// ```swift
/// let report = try DiceBenchmark().run(iterations: 20_000) { print($0) }
/// ```
struct DiceBenchmark: Sendable {
    struct Report: Codable, Sendable {
        var classes: [ClassResult]
        var overallPerSecond: Double
        var iterations: Int
    }

    struct ClassResult: Codable, Sendable {
        var name: String
        var expressions: [String]
        var rolls: Int
        var perSecond: Double
        var averageDice: Double
    }

    /// A class of roll: its expressions, rolled in turn, and how its iterations scale (the
    /// worst case is ~200 times the work of a simple roll, so it runs fewer times).
    private struct Workload: Sendable {
        var name: String
        var expressions: [String]
        var share: Double = 1
        var format = false
    }

    private static let workloads = [
        Workload(name: "simple", expressions: ["1d20+5", "2d6 + 3", "d%", "1d8[fire] + 4 # hit"]),
        Workload(name: "keep/drop", expressions: ["4d6kh3", "2d20kl1 + 7", "6 4d6kh3", "8d10dl2"]),
        Workload(name: "exploding", expressions: ["10d6!", "6d10!>8", "4d6e6 + 2"]),
        Workload(name: "rerolls", expressions: ["8d6rr1", "4d10r<3 + 2", "3d6ra6", "2d20ro1kh1"]),
        Workload(name: "sets", expressions: ["(1d20+5, 1d20+5)kh1", "(4d6kh3, 4d6kh3, 4d6kh3)dl1", "(2d6, 1d12)>=7"]),
        Workload(name: "1000 dice", expressions: ["1000d10000"], share: 0.02),
        Workload(name: "format", expressions: ["4d6kh3 + 2 strength", "20 1d20+5", "1000d10000"], share: 0.1, format: true),
    ]

    func run(iterations: Int, print: (String) -> Void) throws -> Report {
        let roller = DiceRoller()
        var generator = SeededRandomNumberGenerator(seed: 0x0D1CE)
        var results: [ClassResult] = []
        var totalRolls = 0
        var totalSeconds = 0.0
        for workload in Self.workloads {
            let rolls = max(1, Int(Double(iterations) * workload.share))
            // Warm-up, and a check that every expression is valid before it is timed.
            for expression in workload.expressions {
                _ = try roller.roll(expression, using: &generator)
            }
            var dice = 0
            var characters = 0
            let clock = ContinuousClock()
            let started = clock.now
            for index in 0..<rolls {
                let roll = try roller.roll(workload.expressions[index % workload.expressions.count], using: &generator)
                dice += roll.diceRolled
                if workload.format {
                    characters += DiceRollFormatter.text(for: roll, in: .en).utf16.count
                }
            }
            let seconds = (clock.now - started).seconds
            let result = ClassResult(name: workload.name, expressions: workload.expressions, rolls: rolls,
                                     perSecond: Double(rolls) / seconds, averageDice: Double(dice) / Double(rolls))
            results.append(result)
            totalRolls += rolls
            totalSeconds += seconds
            let name = workload.name.padding(toLength: 10, withPad: " ", startingAt: 0)
            let formatted = workload.format ? String(format: ", %.0f characters each", Double(characters) / Double(rolls)) : ""
            print(name + String(format: " %10.0f expressions/s  (%d rolls, %.1f dice each", result.perSecond, rolls, result.averageDice) + formatted + ")")
        }
        let overall = Double(totalRolls) / totalSeconds
        print(String(format: "overall    %10.0f expressions/s  (%d rolls)", overall, totalRolls))
        return Report(classes: results, overallPerSecond: overall, iterations: iterations)
    }
}
