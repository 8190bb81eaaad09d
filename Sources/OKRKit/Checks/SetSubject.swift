/// The whole set as the rules see it.
public struct SetSubject: Sendable {
    public var objectives: [Objective]
    public var cycle: Cycle?
}
