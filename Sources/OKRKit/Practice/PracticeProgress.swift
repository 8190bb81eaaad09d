/// What a person has done in the practice course: each exercise's tries, and each rule's first-try passes.
///
/// Pure: the coach keeps it in `practice.json` (`PracticeStore`). A rule is mastered once two exercises aimed at it
/// were passed on the first try; it is weak when it was tried and is not mastered yet.
public struct PracticeProgress: Equatable, Sendable, Codable {
    /// One exercise's record.
    public struct Result: Equatable, Sendable, Codable {
        /// Answers given, over every run.
        public var attempts: Int
        /// Passed at least once.
        public var passed: Bool
        /// Passed with the first answer of a run.
        public var firstTry: Bool

        /// A record; see the properties.
        public init(attempts: Int, passed: Bool, firstTry: Bool) {
            self.attempts = attempts
            self.passed = passed
            self.firstTry = firstTry
        }
    }

    /// One rule's record, over the exercises aimed at it.
    public struct RuleRecord: Equatable, Sendable, Codable {
        /// Exercises aimed at the rule that were finished (passed, shown the model, or skipped after an answer).
        public var tried: Int
        /// Of those, passed with the first answer.
        public var firstTry: Int

        /// A record; see the properties.
        public init(tried: Int, firstTry: Int) {
            self.tried = tried
            self.firstTry = firstTry
        }
    }

    /// First-try passes that make a rule mastered.
    public static let masteryPasses = 2

    /// By exercise id.
    public private(set) var exercises: [String: Result]
    /// By rule id.
    public private(set) var rules: [String: RuleRecord]

    /// Progress as recorded (none by default).
    public init(exercises: [String: Result] = [:], rules: [String: RuleRecord] = [:]) {
        self.exercises = exercises
        self.rules = rules
    }

    /// Records an exercise finished after `attempts` answers (none when it was skipped unanswered, which records
    /// nothing): passed or not, and whether the first answer passed.
    public mutating func record(_ exercise: Exercise, attempts: Int, passed: Bool) {
        guard attempts > 0 else { return }
        let firstTry = passed && attempts == 1
        var result = exercises[exercise.id] ?? Result(attempts: 0, passed: false, firstTry: false)
        result.attempts += attempts
        result.passed = result.passed || passed
        result.firstTry = result.firstTry || firstTry
        exercises[exercise.id] = result
        for rule in Set(exercise.rules) {
            var record = rules[rule] ?? RuleRecord(tried: 0, firstTry: 0)
            record.tried += 1
            record.firstTry += firstTry ? 1 : 0
            rules[rule] = record
        }
    }

    /// Whether `rule` was passed on the first try often enough.
    public func isMastered(_ rule: String) -> Bool { (rules[rule]?.firstTry ?? 0) >= Self.masteryPasses }

    /// Rules tried and not mastered, weakest first (fewest first-try passes, then most tried, then by id).
    public var weak: [String] {
        rules.filter { !isMastered($0.key) }.sorted {
            ($0.value.firstTry, -$0.value.tried, $0.key) < ($1.value.firstTry, -$1.value.tried, $1.key)
        }.map(\.key)
    }

    /// Rules mastered, by id.
    public var mastered: [String] { rules.keys.filter(isMastered).sorted() }

    /// How many of `exercises` were passed, and how many of those on the first try.
    public func counts(of exercises: [Exercise]) -> (passed: Int, firstTry: Int) {
        let results = exercises.compactMap { self.exercises[$0.id] }
        return (results.filter(\.passed).count, results.filter(\.firstTry).count)
    }

    /// The exercise to practise next among `exercises` (not yet passed, not in `done`): those aimed at a weak rule
    /// first, then at an untried rule, then the rest; ties by `topics` order, then level, then the bank's order, or
    /// an order shuffled by `seed` (the same seed, the same order).
    public func next(
        from exercises: [Exercise], topics: [String], done: Set<String> = [], seed: UInt64? = nil
    ) -> Exercise? {
        let weak = Set(weak)
        func rank(_ exercise: Exercise) -> Int {
            exercise.rules.map { weak.contains($0) ? 0 : rules[$0] == nil ? 1 : 2 }.min() ?? 2
        }
        func tie(_ index: Int, _ exercise: Exercise) -> UInt64 {
            seed.map { Self.mix($0 ^ Self.hash(exercise.id)) } ?? UInt64(index)
        }
        return exercises.enumerated()
            .filter { self.exercises[$0.element.id]?.passed != true && !done.contains($0.element.id) }
            .min { a, b in
                let left = (rank(a.element), topics.firstIndex(of: a.element.topic) ?? topics.count, a.element.level)
                let right = (rank(b.element), topics.firstIndex(of: b.element.topic) ?? topics.count, b.element.level)
                return left != right ? left < right : tie(a.offset, a.element) < tie(b.offset, b.element)
            }?.element
    }

    /// FNV-1a of a text: stable across runs, unlike `Hasher`.
    private static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    /// SplitMix64's finaliser: spreads a seed's bits.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
