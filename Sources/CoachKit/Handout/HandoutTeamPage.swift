import Foundation
import OKRKit

/// One team's page of the HTML handout as the values `prompts/handout-team.html` shows: the session's name, team,
/// cycle and check, and each objective with its kind, owner, parent and key results.
///
/// Values are plain text (the template escapes them). A value the session lacks is `false` rather than absent, so
/// that Mustache does not take a key result's missing owner from its objective.
struct HandoutTeamPage {
    let values: PageScope

    /// The page of `session` on `today`; `index` says where each objective's parent is, which the check also reads.
    /// `renderer` keeps the words it has parsed for the next page.
    init(_ session: Session, index: AlignmentIndex, today: CalendarDay, renderer: inout PromptRenderer) {
        let parents = index.parents(of: session)
        // The page counts findings and shows no rewrite: none is proven.
        let check = CheckEngine(provesRewrites: false)
            .check(session.objectives, cycle: session.cycle, parents: ParentLink.texts(parents))
        self.init(
            session, status: SessionStatus(session, today: today), parents: parents, strength: check.summary.strength,
            findings: check.objectives.map { $0.keyResults.map(\.findings.count) }, total: check.allFindings.count,
            renderer: &renderer)
    }

    /// The page of a team a workshop report has already checked and computed.
    init(_ team: WorkshopTeam, index: AlignmentIndex, renderer: inout PromptRenderer) {
        let check = team.check
        self.init(
            team.session, status: team.status, parents: index.parents(of: team.session), strength: check.strength,
            findings: team.objectives.map { $0.keyResults.map(\.findings.count) },
            total: check.errors + check.warnings + check.hints, renderer: &renderer)
    }

    /// The page from figures computed: `findings` counts each key result's findings by objective, `total` the
    /// set's.
    private init(
        _ session: Session, status: SessionStatus, parents: [UUID: ParentLink], strength: Int, findings: [[Int]],
        total: Int, renderer: inout PromptRenderer
    ) {
        let cycle = session.cycle.map { cycle in
            renderer.text(HandoutPrompt.cycle, [
                "cycle": cycle.label, "start": cycle.start.description, "end": cycle.end.description,
            ])
        } ?? renderer.text(HandoutPrompt.noCycle)
        let objectives = status.report.objectives.enumerated().map { o, progress in
            Self.objective(
                progress, at: o, findings: findings.indices.contains(o) ? findings[o] : [],
                parent: parents[progress.objective.id], renderer: &renderer)
        }
        values = [
            "name": .text(session.name),
            "team": PageValue(session.team.flatMap { $0.isEmpty ? nil : renderer.text(HandoutPrompt.team, ["team": $0]) }),
            "cycle": .text(cycle),
            "check": .text(renderer.text(HandoutPrompt.check, [
                "strength": String(strength), "findings": HandoutKeyResult.findings(total, &renderer),
            ])),
            "objectives": .list(objectives),
            "noObjectives": .text(renderer.text(HandoutPrompt.noObjectives)),
        ]
    }

    private static func objective(
        _ progress: ProgressReport.ObjectiveProgress, at o: Int, findings: [Int], parent: ParentLink?,
        renderer: inout PromptRenderer
    ) -> PageScope {
        let objective = progress.objective
        var supports: String?
        var parentMissing: String?
        switch parent {
        case .found(let reference, _, _): supports = renderer.text(HandoutPrompt.supports, ["reference": reference])
        case .missing(let session): parentMissing = renderer.text(HandoutPrompt.parentMissing, ["session": session])
        case nil: break
        }
        let keyResults = progress.keyResults.enumerated().map { k, keyResultProgress in
            HandoutKeyResult(
                ref: Reference.keyResult(o, k).description, keyResult: objective.keyResults[k],
                progress: keyResultProgress, findings: findings.indices.contains(k) ? findings[k] : 0
            ).values(&renderer)
        }
        return [
            "ref": .text(Reference.objective(o).description),
            "text": .text(objective.text),
            "kind": .text(renderer.text(objective.kind == .committed ? HandoutPrompt.committed : HandoutPrompt.aspirational)),
            "owner": HandoutKeyResult.owner(objective.owner, &renderer),
            "supports": PageValue(supports),
            "parentMissing": PageValue(parentMissing),
            "keyResults": .list(keyResults),
            "noKeyResults": .text(renderer.text(HandoutPrompt.noKeyResults)),
        ]
    }
}
