/// Phrases split into words once, for fast matching against a `WordList`.
struct PhraseList: Sendable {
    private let phrases: [[String]]
    /// The phrases (as indices into `phrases`, in order) that start with each word, so a sentence is matched by
    /// looking each of its words up once rather than comparing every phrase at every word.
    private let byFirstWord: WordTable<[Int]>

    /// Splits each phrase at spaces.
    init(_ phrases: [String]) {
        let split = phrases.map { $0.split(separator: " ").map(String.init) }
        var byFirstWord = WordTable<[Int]>(capacity: split.count)
        for (index, words) in split.enumerated() {
            guard let first = words.first else { continue }
            byFirstWord[first] = (byFirstWord[first] ?? []) + [index]
        }
        self.phrases = split
        self.byFirstWord = byFirstWord
    }

    /// Whether any phrase occurs in the words.
    func occurs(in list: WordList) -> Bool {
        let words = list.words
        for start in words.indices {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                if phrase.count <= words.count - start, words[start..<(start + phrase.count)].elementsEqual(phrase) {
                    return true
                }
            }
        }
        return false
    }

    /// The first listed phrase that occurs in the words, joined with spaces.
    func first(in words: WordList) -> String? {
        phrases.first(where: words.contains(sequence:)).map { $0.joined(separator: " ") }
    }

    /// The phrase the words start with, joined with spaces.
    func leading(_ words: ArraySlice<String>) -> String? {
        phrases.first { $0.count <= words.count && words.prefix($0.count).elementsEqual($0) }.map { $0.joined(separator: " ") }
    }
}
