import Foundation
import OKRKit

/// Generated sessions of a given size, with realistic sentences.
enum SampleSessions {
    static let verbs = ["Raise", "Cut", "Grow", "Reduce", "Increase", "Lower", "Improve", "Double"]
    static let metrics = ["weekly active users", "first response time", "trial-to-paid conversion",
                          "monthly recurring revenue", "customer churn", "p95 checkout latency", "NPS", "CSAT"]

    static func keyResultText(_ n: Int) -> String {
        "\(verbs[n % verbs.count]) \(metrics[(n / 3) % metrics.count]) from \(10 + n % 50) to \(60 + n % 40) by end of Q\(1 + n % 4)"
    }

    static func large(objectives: Int, keyResultsEach: Int) -> Session {
        var session = Session(name: "bench-large", createdAt: Date(), cycle: Cycle.parse("2027-Q1"))
        session.objectives = (0..<objectives).map { o in
            Objective(text: "Make objective number \(o) delightful for our customers", keyResults: (0..<keyResultsEach).map { k in
                KeyResult(text: keyResultText(o * keyResultsEach + k), confidence: Double((o + k) % 10))
            })
        }
        return session
    }

    /// An outline in Markdown of `objectives` objectives with `keyResultsEach` key results each, as `okr-coach check`
    /// reads it, with the same sentences as `large`.
    static func outline(objectives: Int, keyResultsEach: Int) -> String {
        var lines = ["# Bench OKRs", "", "Cycle: 2027-Q1", ""]
        for o in 0..<objectives {
            lines.append("## Make objective number \(o) delightful for our customers")
            for k in 0..<keyResultsEach {
                lines.append("- \(keyResultText(o * keyResultsEach + k)) (confidence \((o + k) % 10)/10)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
