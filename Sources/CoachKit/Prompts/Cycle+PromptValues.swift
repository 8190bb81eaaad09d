import OKRKit

extension Cycle {
    /// The values the prompts that name a cycle take: its label, first and last day.
    var promptValues: [String: String] {
        ["cycle": label, "start": start.description, "end": end.description]
    }
}
