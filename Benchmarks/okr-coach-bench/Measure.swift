import Foundation

/// Timing helpers: run a piece of work many times and report the median and the slowest.
enum Measure {
    /// One benchmark's figures.
    struct Figure {
        var name: String
        var value: Double
        var unit: String
        var target: Double?

        var line: String {
            let verdict = target.map { value <= $0 ? "ok" : "OVER TARGET" } ?? ""
            let goal = target.map { "target < \(Measure.format($0)) \(unit)" } ?? ""
            return "\(name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(Measure.format(value).leftPad(10)) \(unit.padding(toLength: 4, withPad: " ", startingAt: 0))  \(goal.padding(toLength: 22, withPad: " ", startingAt: 0)) \(verdict)"
        }
    }

    /// The median duration of `body` in milliseconds over `runs` runs, after one warm-up.
    static func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            samples.append(milliseconds(ContinuousClock.now - start))
        }
        return median(samples)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The middle sample (the upper one of the middle two).
    static func median(_ samples: [Double]) -> Double {
        samples.sorted()[samples.count / 2]
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: value >= 1 ? "%.1f" : "%.3f", value)
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
