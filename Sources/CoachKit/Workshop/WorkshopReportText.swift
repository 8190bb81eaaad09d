import OKRKit

/// The combined workshop report as lines with a tone each, for a terminal (`okr-coach report`, `/report`) and, laid
/// out as headings and lists, for Markdown (`WorkshopReportMarkdown`).
public enum WorkshopReportText {
    /// The whole report: the files that could not be read, the alignment tree, the teams (unless `teams` is
    /// false, for a handout that shows each on a page of its own), the weakest key results, and once there are
    /// check-ins what is at risk, who has not checked in and the scores.
    public static func lines(for report: WorkshopReport, book: PromptBook, teams: Bool = true) -> [StyledLine] {
        var writer = Writer(report: report, renderer: PromptRenderer(book: book))
        writer.title()
        writer.tree()
        if teams { writer.teams() }
        writer.weakest()
        writer.tracking()
        writer.scores()
        return writer.lines
    }

    /// Builds the lines section by section.
    private struct Writer {
        let report: WorkshopReport
        var renderer: PromptRenderer
        var lines: [StyledLine] = []

        init(report: WorkshopReport, renderer: PromptRenderer) {
            self.report = report
            self.renderer = renderer
        }

        private mutating func add(
            _ indent: Int, _ tone: StyledLine.Tone, _ key: ReportPrompt, _ values: PromptValues = [:]
        ) {
            lines.append(StyledLine(indent, tone, renderer.text(key, values)))
        }

        /// A section's heading, after a blank line.
        private mutating func heading(_ key: ReportPrompt, _ values: PromptValues = [:]) {
            lines.append(StyledLine(0, .plain, ""))
            add(0, .heading, key, values)
        }

        mutating func title() {
            let count = report.teams.count
            add(0, .heading, .title, [
                "count": String(count), "one": count == 1 ? "1" : "", "today": report.today.description,
                "cycle": report.cycle ?? "",
            ])
            guard !report.unreadable.isEmpty else { return }
            let files = report.unreadable.count
            heading(.unreadableHeading, ["count": String(files), "one": files == 1 ? "1" : ""])
            for file in report.unreadable { add(1, .bad, .unreadable, ["file": file.file, "reason": file.reason]) }
        }

        mutating func tree() {
            heading(.treeHeading)
            let tree = report.tree
            if tree.companies.isEmpty { add(1, .plain, .noCompany) }
            for company in tree.companies {
                let session = report.teams[company.session].session
                add(1, .heading, .companySession, ["session": session.name, "team": session.team ?? ""])
                for node in company.objectives {
                    let objective = self.objective(node.place), alone = node.children.isEmpty
                    add(2, alone ? .warning : .plain, alone ? .treeUnsupported : .treeObjective, [
                        "ref": objective.ref, "text": objective.objective.text, "owner": objective.objective.owner ?? "",
                    ])
                    children(of: node, indent: 3)
                }
            }
            if !tree.orphans.isEmpty {
                add(1, .heading, .orphansHeading)
                for node in tree.orphans {
                    add(2, .warning, .treeOrphan, values(node.place))
                    children(of: node, indent: 3)
                }
            }
            if !tree.parentMissing.isEmpty {
                add(1, .heading, .missingHeading)
                for node in tree.parentMissing {
                    var values = values(node.place)
                    values["parent"] = objective(node.place).objective.parent?.sessionName ?? ""
                    add(2, .bad, .treeMissing, values)
                    children(of: node, indent: 3)
                }
            }
        }

        private mutating func children(of node: AlignmentTree.Node, indent: Int) {
            for child in node.children {
                var values = values(child.place)
                values["through"] =
                    child.throughKeyResult.map { Reference.keyResult(node.place.objective, $0).description } ?? ""
                add(indent, .plain, .treeChild, values)
                children(of: child, indent: indent + 1)
            }
        }

        private func objective(_ place: AlignmentIndex.Place) -> WorkshopTeam.ObjectiveEntry {
            report.teams[place.session].objectives[place.objective]
        }

        /// An objective's session, reference, text and owner.
        private func values(_ place: AlignmentIndex.Place) -> PromptValues {
            let objective = objective(place)
            return [
                "session": report.teams[place.session].session.name, "ref": objective.ref,
                "text": objective.objective.text, "owner": objective.objective.owner ?? "",
            ]
        }

        /// A summary per team; many teams are laid out on all cores, each chunk by a writer of its own, in order.
        mutating func teams() {
            heading(.teamsHeading)
            let report = report, book = renderer.book
            lines += ChunkedMap.map(report.teams.count) { range in
                var writer = Writer(report: report, renderer: PromptRenderer(book: book))
                for team in report.teams[range] { writer.team(team) }
                return writer.lines
            }.flatMap { $0 }
        }

        private mutating func team(_ team: WorkshopTeam) {
            add(1, .heading, .team, [
                "session": team.session.name, "team": team.session.team ?? "", "cycle": team.session.cycle?.label ?? "",
                "strength": String(team.check.strength),
                "findings": counts(errors: team.check.errors, warnings: team.check.warnings, hints: team.check.hints)
                    ?? renderer.book.count(0, .error),
            ])
            for objective in team.objectives {
                add(2, .plain, .teamObjective, [
                    "ref": objective.ref, "text": objective.objective.text, "kind": objective.objective.kind.rawValue,
                    "owner": objective.objective.owner ?? "", "link": link(objective.link),
                ])
                if objective.keyResults.isEmpty {
                    lines.append(StyledLine(3, .plain, renderer.text(StatusPrompt.noKeyResults)))
                }
                for entry in objective.keyResults { keyResult(entry, tracked: team.hasCheckIns) }
            }
        }

        private mutating func link(_ link: WorkshopLink) -> String {
            switch link {
            case .company: ""
            case .orphan: renderer.text(ReportPrompt.linkOrphan)
            case .parentMissing(let session): renderer.text(ReportPrompt.linkMissing, ["session": session])
            case .aligned(let place):
                renderer.text(ReportPrompt.linkSupports, ["session": report.name(of: place).session,
                    "ref": report.name(of: place).ref])
            }
        }

        private mutating func keyResult(_ entry: WorkshopTeam.KeyResultEntry, tracked: Bool) {
            let progress = entry.progress
            let plan = entry.plan
            func number(_ value: Double?) -> String { value.map { TrackingWords.number($0, unit: plan?.unit) } ?? "" }
            var said = ""
            if let plan {
                switch plan.measure {
                case .milestone: said = renderer.text(ReportPrompt.planMilestone)
                case .atLeast, .atMost: said = renderer.text(ReportPrompt.planLevel, ["target": number(plan.target)])
                case .increase, .decrease, .achieve:
                    said = renderer.text(
                        ReportPrompt.planMove, ["baseline": number(plan.baseline), "target": number(plan.target)])
                }
            }
            let current = progress.checkIns.last.map { TrackingWords.value(of: $0, plan: plan, book: renderer.book) } ?? ""
            let shown = tracked && !progress.checkIns.isEmpty
            let tone: StyledLine.Tone = shown ? StyledLine.Tone(progress.status) : entry.count(.error) > 0 ? .bad : .plain
            add(3, tone, .teamKeyResult, [
                "ref": entry.ref, "text": entry.keyResult.text, "owner": entry.owner ?? "", "plan": said,
                "current": current, "progress": shown ? TrackingWords.percent(progress.progress) : "",
                "status": renderer.text(StatusPrompt(progress.status)),
                "findings": counts(errors: entry.count(.error), warnings: entry.count(.warning), hints: entry.count(.hint)) ?? "",
            ])
        }

        /// "1 error, 2 warnings": the counts that are not zero; `nil` when all are.
        private mutating func counts(errors: Int, warnings: Int, hints: Int) -> String? {
            // Through the renderer's parsed templates: `PromptBook.count` renders with Mustache, and a big report
            // counts findings for every key result.
            let said = [(errors, CountPrompt.Noun.error), (warnings, .warning), (hints, .hint)].filter { $0.0 > 0 }
                .map { renderer.text(CountPrompt($0.1, number: $0.0), ["count": String($0.0)]) }
            return said.isEmpty ? nil : said.joined(separator: renderer.text(ReportPrompt.findingsSeparator))
        }

        mutating func weakest() {
            heading(.weakestHeading, ["count": String(WorkshopReport.weakestShown)])
            if report.weakest.isEmpty { add(1, .good, .noWeak) }
            for (rank, place) in report.weakest.enumerated() {
                let entry = report.entry(place)
                let errors = entry.count(.error)
                add(1, errors > 0 ? .bad : .warning, .weak, [
                    "rank": String(rank + 1), "session": report.teams[place.team].session.name, "ref": entry.ref,
                    "text": entry.keyResult.text, "owner": entry.owner ?? "",
                    "findings": counts(errors: errors, warnings: entry.count(.warning), hints: 0) ?? "",
                ])
                if let worst = entry.worst { add(2, .plain, .weakFix, ["message": worst.message, "fix": worst.fix]) }
            }
        }

        /// What is at risk and who has not checked in, once any team has checked in.
        mutating func tracking() {
            guard report.hasCheckIns else {
                lines.append(StyledLine(0, .plain, ""))
                add(0, .plain, .noCheckIns)
                return
            }
            heading(.atRiskHeading)
            if report.atRisk.isEmpty { add(1, .good, .noneAtRisk) }
            for place in report.atRisk {
                let entry = report.entry(place)
                var values = values(place, entry)
                values["status"] = renderer.text(StatusPrompt(entry.progress.status))
                values["progress"] = TrackingWords.percent(entry.progress.progress)
                values["expected"] = entry.progress.expected.map(TrackingWords.percent) ?? ""
                add(1, StyledLine.Tone(entry.progress.status), .atRisk, values)
            }
            heading(.notCheckedInHeading)
            if report.notCheckedIn.isEmpty { add(1, .good, .allCheckedIn) }
            for place in report.notCheckedIn {
                let entry = report.entry(place)
                var values = values(place, entry)
                values["last"] = entry.progress.checkIns.last?.date.description ?? ""
                add(1, .warning, .notCheckedIn, values)
            }
        }

        /// A key result's session, reference, text and owner ("no owner" when none is named).
        private mutating func values(
            _ place: WorkshopReport.KeyResultPlace, _ entry: WorkshopTeam.KeyResultEntry
        ) -> PromptValues {
            [
                "session": report.teams[place.team].session.name, "ref": entry.ref, "text": entry.keyResult.text,
                "owner": entry.owner ?? renderer.text(ReportPrompt.noOwner),
            ]
        }

        mutating func scores() {
            let scored = report.scoredTeams
            guard !scored.isEmpty else { return }
            heading(.scoresHeading)
            var all: [ScoreBand: Int] = [:]
            for t in scored {
                let team = report.teams[t]
                let bands = team.bands
                all.merge(bands, uniquingKeysWith: +)
                let score = team.status.report.score
                add(1, .plain, .scores, [
                    "session": team.session.name, "score": score.map(StatusFigures.score) ?? "",
                    "verdict": team.status.report.verdict.map { renderer.text(StatusPrompt($0)) } ?? "",
                    "bands": said(bands),
                ])
            }
            add(1, .heading, .scoresAll, ["bands": said(all)])
        }

        /// "2 delivered, 1 in progress, 1 missed": the bands that hold a key result.
        private mutating func said(_ bands: [ScoreBand: Int]) -> String {
            let keys: [(ScoreBand, ReportPrompt)] = [
                (.delivered, .bandDelivered), (.progress, .bandProgress), (.missed, .bandMissed),
            ]
            let separator = renderer.text(StatusPrompt.totalsSeparator)
            return keys.compactMap { band, key in
                bands[band].map { renderer.text(key, ["count": String($0)]) }
            }.joined(separator: separator)
        }
    }
}
