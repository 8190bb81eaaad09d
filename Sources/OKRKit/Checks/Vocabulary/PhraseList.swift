/// Phrases split into words once, for fast matching against a `WordList`.
struct PhraseList: Sendable {
    private let phrases: [[String]]

    /// Splits each phrase at spaces.
    init(_ phrases: [String]) {
        self.phrases = phrases.map { $0.split(separator: " ").map(String.init) }
    }

    /// Whether any phrase occurs in the words.
    func occurs(in words: WordList) -> Bool { phrases.contains(where: words.contains(sequence:)) }

    /// The first listed phrase that occurs in the words, joined with spaces.
    func first(in words: WordList) -> String? {
        phrases.first(where: words.contains(sequence:)).map { $0.joined(separator: " ") }
    }

    /// The phrase the words start with, joined with spaces.
    func leading(_ words: ArraySlice<String>) -> String? {
        phrases.first { $0.count <= words.count && words.prefix($0.count).elementsEqual($0) }.map { $0.joined(separator: " ") }
    }
}
