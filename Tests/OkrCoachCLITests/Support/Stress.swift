import Foundation

/// How hard the randomized tests push: a few dozen cases in `make test`, thousands with `make stress`
/// (`OKR_COACH_STRESS=3000`). Each prints its seed; `OKR_COACH_SEED=N` replays a run.
enum Stress {
    /// `OKR_COACH_STRESS` when set, else `normal`.
    static func count(normal: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["OKR_COACH_STRESS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? normal
    }

    /// A generator seeded from `OKR_COACH_SEED` or at random, after printing the seed and how to replay it.
    static func generator(for test: String) -> SeededGenerator {
        let seed = UInt64(ProcessInfo.processInfo.environment["OKR_COACH_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        print("\(test): seed \(seed) (replay with OKR_COACH_SEED=\(seed))")
        return SeededGenerator(seed: seed)
    }
}

/// SplitMix64: a small, fast generator whose whole sequence follows from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
