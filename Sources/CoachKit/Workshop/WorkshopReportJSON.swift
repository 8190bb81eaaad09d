import OKRKit

/// `okr-coach report --format json`: the report in the shape the README documents. Every key is always present,
/// `null` for what does not apply; numbers in full; days as YYYY-MM-DD.
public enum WorkshopReportJSON {
    /// The document as UTF-8 in consecutive pieces; the sessions are written on all cores.
    public static func document(_ report: WorkshopReport) -> [[UInt8]] {
        var json = JSONWriter()
        json.object { json in
            json.string(report.today.description, key: "today")
            json.string(report.cycle, key: "cycle")
            json.array(key: "unreadable") { json in
                for file in report.unreadable {
                    json.object { json in
                        json.string(file.file, key: "file")
                        json.string(file.reason, key: "reason")
                    }
                }
            }
            json.array(key: "sessions", report.teams) { json, team in session(team, report, &json) }
            tree(report, &json)
            places(report.weakest, key: "weakest", report, &json)
            places(report.atRisk, key: "atRisk", report, &json)
            places(report.notCheckedIn, key: "notCheckedIn", report, &json)
            json.array(key: "scores") { json in
                for t in report.scoredTeams {
                    let team = report.teams[t]
                    json.object { json in
                        json.string(team.session.name, key: "session")
                        json.number(team.status.report.score, key: "score")
                        json.string(team.status.report.verdict?.rawValue, key: "verdict")
                        let bands = team.bands
                        for band in ScoreBand.allCases { json.number(Double(bands[band] ?? 0), key: band.rawValue) }
                    }
                }
            }
        }
        return json.pieces
    }

    private static func session(_ team: WorkshopTeam, _ report: WorkshopReport, _ json: inout JSONWriter) {
        let session = team.session
        json.object { json in
            json.string(session.name, key: "name")
            json.string(session.team, key: "team")
            json.cycle(session.cycle)
            json.bool(team.objectives.contains { $0.link == .company }, key: "company")
            json.number(Double(team.check.strength), key: "strength")
            json.number(Double(team.check.errors), key: "errors")
            json.number(Double(team.check.warnings), key: "warnings")
            json.number(Double(team.check.hints), key: "hints")
            json.bool(team.hasCheckIns, key: "checkedIn")
            json.number(team.scored ? team.status.report.score : nil, key: "score")
            json.array(key: "objectives") { json in
                for objective in team.objectives {
                    json.object { json in
                        json.string(objective.ref, key: "ref")
                        json.string(objective.objective.text, key: "text")
                        json.string(objective.objective.kind.rawValue, key: "kind")
                        json.string(objective.objective.owner, key: "owner")
                        json.string(objective.link.word, key: "alignment")
                        parent(objective.link, report, &json)
                        json.array(key: "keyResults") { json in
                            for entry in objective.keyResults { keyResult(entry, scored: team.scored, &json) }
                        }
                    }
                }
            }
        }
    }

    /// `"parent": {"session", "ref"}` for an aligned objective, `{"session", "ref": null}` for a missing parent
    /// (the session its link names), `null` otherwise.
    private static func parent(_ link: WorkshopLink, _ report: WorkshopReport, _ json: inout JSONWriter) {
        switch link {
        case .company, .orphan: json.string(nil, key: "parent")
        case .parentMissing(let session):
            json.object(key: "parent") { json in
                json.string(session, key: "session")
                json.string(nil, key: "ref")
            }
        case .aligned(let place):
            let name = report.name(of: place)
            json.object(key: "parent") { json in
                json.string(name.session, key: "session")
                json.string(name.ref, key: "ref")
            }
        }
    }

    private static func keyResult(_ entry: WorkshopTeam.KeyResultEntry, scored: Bool, _ json: inout JSONWriter) {
        let progress = entry.progress
        let plan = entry.plan
        let checkedIn = !progress.checkIns.isEmpty
        json.object { json in
            json.string(entry.ref, key: "ref")
            json.string(entry.keyResult.text, key: "text")
            json.string(entry.owner, key: "owner")
            json.string(StatusMeasure.of(entry.keyResult, progress).rawValue, key: "measure")
            json.number(plan?.baseline, key: "baseline")
            json.number(plan?.target, key: "target")
            json.string(plan?.unit ?? entry.reading.unit, key: "unit")
            json.number(progress.current, key: "current")
            json.number(checkedIn ? progress.progress : nil, key: "progress")
            json.string(progress.status.rawValue, key: "status")
            json.bool(progress.due, key: "due")
            json.string(progress.checkIns.last?.date.description, key: "lastCheckIn")
            json.number(scored ? progress.finalScore : nil, key: "score")
            json.number(Double(entry.count(.error)), key: "errors")
            json.number(Double(entry.count(.warning)), key: "warnings")
            json.number(Double(entry.count(.hint)), key: "hints")
        }
    }

    /// `"tree": {"companies", "orphans", "parentMissing", "unsupported"}`: each company session's objectives with
    /// what supports them, level by level.
    private static func tree(_ report: WorkshopReport, _ json: inout JSONWriter) {
        json.object(key: "tree") { json in
            json.array(key: "companies") { json in
                for company in report.tree.companies {
                    json.object { json in
                        json.string(report.teams[company.session].session.name, key: "session")
                        json.array(key: "objectives") { json in
                            for objective in company.objectives {
                                WorkshopReportJSON.tree(objective, under: 0, report, &json)
                            }
                        }
                    }
                }
            }
            json.array(key: "orphans") { json in
                for orphan in report.tree.orphans { WorkshopReportJSON.tree(orphan, under: 0, report, &json) }
            }
            json.array(key: "parentMissing") { json in
                for missing in report.tree.parentMissing { WorkshopReportJSON.tree(missing, under: 0, report, &json) }
            }
            json.array(key: "unsupported") { json in
                for place in report.tree.unsupported { json.object { json in objective(place, report, &json) } }
            }
        }
    }

    /// A node of the tree: the objective, the key result of its parent (objective `parent` of its session) it
    /// supports, and what supports it. A root has no parent key result.
    private static func tree(
        _ node: AlignmentTree.Node, under parent: Int, _ report: WorkshopReport, _ json: inout JSONWriter) {
        json.object { json in
            objective(node.place, report, &json)
            json.string(node.throughKeyResult.map { Reference.keyResult(parent, $0).description }, key: "through")
            json.array(key: "supportedBy") { json in
                for child in node.children { tree(child, under: node.place.objective, report, &json) }
            }
        }
    }

    /// An objective's session, reference, text and owner, as members of the object being written.
    private static func objective(_ place: AlignmentIndex.Place, _ report: WorkshopReport, _ json: inout JSONWriter) {
        let name = report.name(of: place)
        let objective = report.teams[place.session].objectives[place.objective].objective
        json.string(name.session, key: "session")
        json.string(name.ref, key: "ref")
        json.string(objective.text, key: "text")
        json.string(objective.owner, key: "owner")
    }

    /// A list of key results with their session, reference, text, owner (their own, else their objective's),
    /// status, progress and plan by now, last check-in, and their most severe finding's words.
    private static func places(
        _ places: [WorkshopReport.KeyResultPlace], key: String, _ report: WorkshopReport, _ json: inout JSONWriter
    ) {
        json.array(key: key) { json in
            for place in places {
                let entry = report.entry(place)
                let worst = entry.worst
                json.object { json in
                    json.string(report.teams[place.team].session.name, key: "session")
                    json.string(entry.ref, key: "ref")
                    json.string(entry.keyResult.text, key: "text")
                    json.string(entry.owner, key: "owner")
                    json.string(entry.progress.status.rawValue, key: "status")
                    json.number(entry.progress.checkIns.isEmpty ? nil : entry.progress.progress, key: "progress")
                    json.number(entry.progress.expected, key: "expected")
                    json.string(entry.progress.checkIns.last?.date.description, key: "lastCheckIn")
                    json.number(Double(entry.count(.error)), key: "errors")
                    json.number(Double(entry.count(.warning)), key: "warnings")
                    json.string(worst?.rule, key: "rule")
                    json.string(worst?.message, key: "message")
                    json.string(worst?.fix, key: "fix")
                }
            }
        }
    }
}
