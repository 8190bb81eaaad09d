import Foundation
import OKRKit

/// How hard the randomized tests push: a few dozen cases in `make test`, thousands with `make stress`
/// (`OKR_COACH_STRESS=3000`). Each prints its seed; `OKR_COACH_SEED=N` replays a run.
enum Stress {
    /// `OKR_COACH_STRESS` when set, else `normal`.
    static func count(normal: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["OKR_COACH_STRESS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? normal
    }

    /// A generator seeded from `OKR_COACH_SEED` or at random, after printing the seed and how to replay it.
    static func generator(for test: String) -> SplitMix64 {
        let seed = UInt64(ProcessInfo.processInfo.environment["OKR_COACH_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        print("\(test): seed \(seed) (replay with OKR_COACH_SEED=\(seed))")
        return SplitMix64(seed: seed)
    }
}
