import Synchronization

/// KPI ids and names for Tab completion, read from the catalog the first time Tab needs them, so start-up
/// does not pay for the catalog.
public final class KPINames: Sendable {
    private let load: @Sendable () -> [String]
    private let cache = Mutex<[String]?>(nil)

    init(load: @escaping @Sendable () -> [String]) {
        self.load = load
    }

    /// Every id and name, loading them once.
    var all: [String] {
        cache.withLock { cached in
            if let cached { return cached }
            let names = load()
            cached = names
            return names
        }
    }
}
