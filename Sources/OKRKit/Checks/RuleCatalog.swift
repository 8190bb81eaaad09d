/// The rules a check runs, by scope. `RuleCatalog.standard` holds every built-in rule.
public struct RuleCatalog: Sendable {
    public var setRules: [any SetRule]
    public var objectiveRules: [any ObjectiveRule]
    public var keyResultRules: [any KeyResultRule]

    /// A catalog of the given rules.
    public init(setRules: [any SetRule], objectiveRules: [any ObjectiveRule], keyResultRules: [any KeyResultRule]) {
        self.setRules = setRules
        self.objectiveRules = objectiveRules
        self.keyResultRules = keyResultRules
    }

    /// Every built-in rule.
    public static let standard = RuleCatalog(
        setRules: [SetObjectiveCountRule()],
        objectiveRules: [
            ObjectiveHasMetricRule(), ObjectiveIsOutputRule(), ObjectiveLengthRule(), ObjectiveBusinessAsUsualRule(),
            ObjectiveUnrelatedToParentRule(),
            ObjectiveKeyResultCountRule(),
        ],
        keyResultRules: [
            KeyResultNoNumberRule(), KeyResultNoBaselineRule(), KeyResultNoDeadlineRule(), KeyResultActivityRule(),
            KeyResultHealthMetricRule(), KeyResultTooSafeRule(), KeyResultUnrealisticRule(), KeyResultConfidenceRule(),
            KeyResultUnrelatedRule(), KeyResultTooLongRule(), KeyResultCompoundRule(),
        ]
    )

    /// The descriptions of every rule, set rules first, then objective and key-result rules.
    public var descriptions: [RuleDescription] {
        setRules.map { type(of: $0).description } + objectiveRules.map { type(of: $0).description }
            + keyResultRules.map { type(of: $0).description }
    }

    /// The description of the rule with an id, if the catalog holds it.
    public func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }

    /// The same catalog keeping only the rules whose ids are given.
    public func only(_ ids: Set<String>) -> RuleCatalog {
        RuleCatalog(
            setRules: setRules.filter { ids.contains(type(of: $0).description.id) },
            objectiveRules: objectiveRules.filter { ids.contains(type(of: $0).description.id) },
            keyResultRules: keyResultRules.filter { ids.contains(type(of: $0).description.id) })
    }
}
