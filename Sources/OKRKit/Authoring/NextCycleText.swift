/// A key result carried into the next cycle, restated from where it ended.
public enum NextCycleText {
    /// "Raise NPS from 45 to 70 by Q3" that ended at 60 becomes "Raise NPS from 60 to 70", its old deadline
    /// dropped so the new cycle's end binds it. `nil` when the sentence cannot be restated that way: it moves no
    /// metric from a baseline, or `latest` is at or past its target (the person sets a new target).
    public static func rebased(_ keyResult: KeyResult, latest: Double, of objective: Objective, cycle: Cycle?) -> String? {
        let subject = KeyResultSubject(keyResult, objective: ObjectiveSubject(objective), cycle: cycle)
        let reading = subject.reading
        guard reading.baseline != nil, let target = reading.target, reading.metric.map({ !$0.isEmpty }) ?? false else {
            return nil
        }
        var rewrite = KeyResultRewrite(subject)
        let way = rewrite.direction
        rewrite.state(baseline: latest, target: target)
        guard rewrite.direction == way, latest != target else { return nil }
        rewrite.deadline = ""
        return rewrite.sentence
    }
}
