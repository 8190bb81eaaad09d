/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.
enum EditDistance {
    /// How many single-character edits turn `a` into `b` ("hepl" to "help" is 1).
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word` by any of its spellings, with that distance; the first wins a tie.
    static func closest<Candidate>(
        to word: String, among candidates: [Candidate], spellings: (Candidate) -> [String]
    ) -> (candidate: Candidate, distance: Int)? {
        var best: (candidate: Candidate, distance: Int)?
        for candidate in candidates {
            let distance = spellings(candidate).map { between(word, $0) }.min() ?? Int.max
            if distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best
    }
}
