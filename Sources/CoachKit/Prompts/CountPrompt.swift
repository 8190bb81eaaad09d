/// A count with its noun, in the form the number takes: "1 objective", "2 objectives". In `prompts/shell.yaml`
/// under `counts`: each noun has `one` (for exactly one) and `other`. Say counts through `PromptBook.count`.
public struct CountPrompt: PromptKey, CaseIterable, Hashable {
    /// What is counted.
    public enum Noun: String, CaseIterable, Sendable {
        case objective, keyResult, error, warning, hint, change, line, step, checkIn
    }

    /// The form of the noun: for exactly one, or for any other number.
    public enum Form: String, CaseIterable, Sendable {
        case one, other
    }

    public let noun: Noun
    public let form: Form

    public init(_ noun: Noun, _ form: Form) {
        self.noun = noun
        self.form = form
    }

    /// The noun in the form `number` takes.
    public init(_ noun: Noun, number: Int) {
        self.init(noun, number == 1 ? .one : .other)
    }

    public var path: String { "shell.counts.\(noun.rawValue).\(form.rawValue)" }
    public var values: [String] { ["count"] }

    public static let allCases = Noun.allCases.flatMap { noun in Form.allCases.map { CountPrompt(noun, $0) } }
}

extension PromptBook {
    /// A count said with its noun in the form the number takes: "1 objective", "3 objectives".
    public func count(_ number: Int, _ noun: CountPrompt.Noun) -> String {
        text(CountPrompt(noun, number: number), ["count": "\(number)"])
    }
}
