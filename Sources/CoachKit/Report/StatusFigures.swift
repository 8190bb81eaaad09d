import OKRKit

/// The small pictures and numbers of a status: a progress bar that marks the plan, a sparkline, percentages.
public enum StatusFigures {
    /// Cells in a progress bar.
    public static let barCells = 10

    /// "[█████░|░░░░]": `progress` filled out of ten cells, with "|" where `expected` says it should be by now.
    public static func bar(progress: Double, expected: Double?) -> String {
        let filled = cells(progress)
        var bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barCells - filled)
        if let expected {
            bar.insert("|", at: bar.index(bar.startIndex, offsetBy: cells(expected)))
        }
        return "[" + bar + "]"
    }

    /// The cells a share of 0...1 fills, rounded to the nearest.
    private static func cells(_ share: Double) -> Int {
        Int((min(max(share, 0), 1) * Double(barCells)).rounded())
    }

    private static let ticks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// "▁▃▅▆": one tick per value, scaled between the lowest and the highest of the values and `bounds` (the
    /// baseline and target, so a line near its target reads high); empty with fewer than two values.
    public static func sparkline(_ values: [Double], bounds: [Double] = []) -> String {
        String(heights(values, bounds: bounds).map { height in
            ticks[min(max(Int((height * Double(ticks.count - 1)).rounded()), 0), ticks.count - 1)]
        })
    }

    /// Each value's height in a sparkline, 0...1 between the lowest and the highest of the values and `bounds`
    /// (0.5 when they are all equal); empty with fewer than two values.
    public static func heights(_ values: [Double], bounds: [Double] = []) -> [Double] {
        guard values.count >= 2 else { return [] }
        let all = values + bounds
        guard let low = all.min(), let high = all.max() else { return [] }
        return values.map { high > low ? ($0 - low) / (high - low) : 0.5 }
    }

    /// The values a sparkline draws for check-ins: each one's value, 100 for a milestone done.
    public static func sparklineValues(_ checkIns: [CheckIn]) -> [Double] {
        checkIns.map { $0.done == true ? 100 : $0.value ?? 0 }
    }

    /// "0.46": a score to two decimals.
    public static func score(_ value: Double) -> String { PlainNumber.text((value * 100).rounded() / 100) }

    /// "↑", "↓" or "→" for a change.
    public static func arrow(_ change: Double) -> String { change > 0 ? "↑" : change < 0 ? "↓" : "→" }
}
