/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1.
enum EditDistance {
    /// How many single-character edits turn `a` into `b` ("hepl" to "help" is 1), when that is at most `limit`;
    /// past it, some number above `limit`. Texts whose lengths differ by more than `limit` are told apart by their
    /// lengths alone, so a pasted megabyte costs no more than splitting it into characters, which the caller does
    /// once for many candidates.
    static func between(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return abs(a.count - b.count) }
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

    /// Whether `word` is short enough to be a typo of a spelling of at most `longest` UTF-8 bytes, `limit` edits
    /// away: at most three times as many bytes (a decomposed accent takes more than a composed one) and four more
    /// per edit. A longer word is near nothing, and is told so by its byte count: comparing it as characters (one
    /// letter with half a million accents is one character) or as text (equality normalizes it) costs seconds.
    static func mayBeNear(_ word: String, longest: Int, limit: Int) -> Bool {
        word.utf8.count <= 3 * longest + 4 * limit
    }

    /// The candidate nearest to `word` by any of its spellings, with that distance, if it is at most `limit`; the
    /// first wins a tie.
    static func closest<Candidate>(
        to word: String, among candidates: [Candidate], within limit: Int, spellings: (Candidate) -> [String]
    ) -> (candidate: Candidate, distance: Int)? {
        let spelled = candidates.map { (candidate: $0, spellings: spellings($0)) }
        let longest = spelled.flatMap { $0.spellings.map(\.utf8.count) }.max() ?? 0
        guard mayBeNear(word, longest: longest, limit: limit) else { return nil }
        let word = Array(word)
        var best: (candidate: Candidate, distance: Int)?
        for (candidate, spellings) in spelled {
            let distance = spellings.map { between(word, Array($0), limit: limit) }.min() ?? Int.max
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best
    }
}
