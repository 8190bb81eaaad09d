import Foundation

/// One-megabyte lines built to make a reader or a rule slow or greedy, checked by the real binary (`check -`): each
/// shape repeated to a megabyte, as a key result and as an objective, and random mixes of the shapes from a seed
/// that is printed, so a bad mix can be run again with `--seed`.
enum AdversarialLines {
    /// The repeated pieces: the red team's shapes, and more of the same kind.
    static let shapes: [(name: String, piece: String)] = [
        ("digit groups", "1,"), ("numbers", "1 "), ("from 1 to 2", "from 1 to 2 "), ("multipliers", "2x "),
        ("open brackets", "("), ("dollar signs", "$"), ("by Q3", "by Q3 "), ("percent signs", "%"),
        ("one long word", "a"), ("one long number", "7"), ("dotted numbers", "1."), ("from from", "from "),
        ("combining marks", "e\u{301}\u{301}\u{301}"), ("marks alone", "\u{301}"), ("emoji", "\u{1F600}"),
        ("emoji sequences", "\u{1F469}\u{200D}\u{1F4BB} "), ("no spaces", "abc1$%-/x"),
        ("date phrases", "by the end of Q3 2027 "), ("10 to 20 to", "10 to 20 to "),
        ("confidence groups", "(confidence 7/10) "), ("bold markers", "**"), ("bold numbers", "**42** "),
        ("without", "without 1 "), ("number words", "one hundred and "), ("between", "between 1 and 2 "),
        ("thin-space groups", "1\u{202F}"), ("no-break groups", "1\u{A0}"), ("spaced thousands", "100 000 "),
        ("ranges", "$1-2M "), ("fractions", "1/"), ("dates", "31.12.2027 "), ("ranks", "#1 "),
        ("bracketed confidence", "[7/10] "), ("versions", "v2.0."), ("hyphens", "1-"), ("currency codes", "EUR40k "),
        ("within 24 hours", "within 24 hours "), ("ordinals", "1st "), ("arrows", "-> "), ("per", "per "),
    ]

    /// How long each line is, in bytes.
    static let size = 1 << 20

    /// How many random mixes are checked.
    static let mixes = 8

    /// Checks every line as a key result and as an objective. Returns a table of each line's time and peak memory,
    /// and the two figures with their targets: the slowest line and the greediest.
    static func measure(_ binary: URL, home: URL, seed: UInt64) throws -> (table: [String], figures: [Measure.Figure]) {
        var state = seed
        // Each line is made when it is checked, so that this process stays small (see main.swift).
        let lines: [(name: String, text: () -> String)] = shapes.map { shape in (shape.name, { repeated(shape.piece) }) }
            + (1...mixes).map { n in ("random mix \(n)", { mix(&state) }) }
        var table = ["1 MB lines through check - (random mixes from seed \(seed); --seed \(seed) repeats them)",
            "line".padding(toLength: 28, withPad: " ", startingAt: 0) + "as a key result       as an objective"]
        var slowest = 0.0, greediest = 0.0
        for line in lines {
            let text = line.text()
            var cells: [String] = []
            for outline in [keyResultOutline(text), objectiveOutline(text)] {
                let run = try ProcessRun.timedToEnd(binary, arguments: ["check", "-"], input: outline, home: home)
                slowest = max(slowest, run.milliseconds)
                greediest = max(greediest, run.megabytes)
                cells.append("\(Measure.format(run.milliseconds).leftPad(6)) ms \(Measure.format(run.megabytes).leftPad(5)) MB")
            }
            table.append(line.name.padding(toLength: 28, withPad: " ", startingAt: 0) + cells.joined(separator: "    "))
        }
        let count = lines.count * 2
        return (table, [
            .init(name: "check a 1 MB adversarial line, slowest of \(count)", value: slowest, unit: "ms", target: 1000),
            .init(name: "check a 1 MB adversarial line, most memory of \(count)", value: greediest, unit: "MB", target: 100),
        ])
    }

    /// `piece` repeated to `size` bytes.
    static func repeated(_ piece: String) -> String {
        String(repeating: piece, count: max(1, size / piece.utf8.count))
    }

    /// Pieces of every shape, and plain words, drawn at random until the line is `size` bytes long; a space
    /// follows a piece half of the time. `state` steps as Knuth's MMIX generator, so a seed gives the same lines
    /// on every machine.
    static func mix(_ state: inout UInt64) -> String {
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["Raise", "NPS", "from", "to", "by", "end", "of", "Q3", "keep", "churn", "below", "and", "45", "70%"]
        let pieces = shapes.map(\.piece) + words
        var line = ""
        line.reserveCapacity(size + 64)
        while line.utf8.count < size {
            line += pieces[next(pieces.count)]
            if next(2) == 0 { line += " " }
        }
        return line
    }

    /// An outline holding `line` as the key result of an ordinary objective.
    static func keyResultOutline(_ line: String) -> String {
        "Objective: Make our support the reason customers stay\n- \(line)\n"
    }

    /// An outline holding `line` as an objective with an ordinary key result.
    static func objectiveOutline(_ line: String) -> String {
        "Objective: \(line)\n- Raise NPS from 45 to 70 by end of Q3\n"
    }
}
