import Foundation
import OKRKit

/// Brings a session read from an older file format up to the one this build writes. The file itself changes
/// only when the session is next saved.
enum SessionMigration {
    /// Upgrades `session`, decoded from `data`, to `Session.currentSchemaVersion`.
    static func migrate(_ session: inout Session, from data: Data) {
        guard session.schemaVersion < Session.currentSchemaVersion else { return }
        if session.schemaVersion < 2 { pointDraftByID(&session, data) }
        session.schemaVersion = Session.currentSchemaVersion
    }

    /// Version 1 pointed the pending question at objectives and key results by position (and its KPI choices as
    /// "position:kpi" strings); version 2 points by id, so a question follows what it is about. A position that
    /// no longer exists leaves the question pointing at nothing, and it is not asked.
    private static func pointDraftByID(_ session: inout Session, _ data: Data) {
        guard let question = session.draft?.question,
            let old = (try? JSONDecoder().decode(Version1.self, from: data))?.draft
        else { return }
        let objectives = session.objectives
        let objective = old.objective.flatMap { objectives.indices.contains($0) ? objectives[$0] : nil }
        func keyResult(_ k: Int?) -> KeyResult? {
            guard let objective, let k, objective.keyResults.indices.contains(k) else { return nil }
            return objective.keyResults[k]
        }
        var step = DraftStep(question)
        switch question {
        case .cycle, .team, .objective, .nextObjective:
            break
        case .reviewObjective, .keyResult, .moreKeyResults:
            step.objectiveID = objective?.id
        case .kpis:
            step.objectiveID = objective?.id
            step.kpiChoices = (old.choices ?? []).compactMap { choice in
                let parts = choice.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, let id = keyResult(Int(parts[0]))?.id else { return nil }
                return KPIChoice(keyResult: id, kpi: String(parts[1]))
            }
        case .measure, .outcome, .baseline, .deadline, .confidence, .reviewKeyResult:
            step.keyResultID = keyResult(old.keyResult)?.id
        case .offer:
            step.offered = old.choices?.first
            step.objectiveID = old.keyResult == nil ? nil : objective?.id
        }
        session.draft = step
    }

    /// The parts of a version 1 file that changed shape.
    private struct Version1: Decodable {
        var draft: Draft?

        struct Draft: Decodable {
            var objective: Int?
            var keyResult: Int?
            var choices: [String]?
        }
    }
}
