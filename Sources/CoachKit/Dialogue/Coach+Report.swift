import OKRKit

/// `/report`: the combined report of the workshop's sessions, from inside the coach.
extension Coach {
    /// The report over every session in the data directory, as of today, with the open session as it stands here
    /// (changes not yet on disk included) in place of its file; files that cannot be read are listed with why.
    func report() -> Outcome {
        let summaries: [SessionStore.Summary]
        do { summaries = try store.list() } catch { return Outcome([.error(describe(error))]) }
        var sessions: [Session] = [], unreadable: [WorkshopReport.Unreadable] = []
        var openShown = false
        for summary in summaries {
            if let open = current, open.name.spells(summary.name) {
                sessions.append(open.session)
                openShown = true
                continue
            }
            switch summary.session {
            case .success(let session): sessions.append(session)
            case .failure(let error): unreadable.append(WorkshopReport.Unreadable(file: summary.name, reason: describe(error)))
            }
        }
        if let open = current, !openShown { sessions.append(open.session) }
        guard !sessions.isEmpty else {
            return Outcome([.say(book.text(ReportPrompt.noSessions, ["place": store.directory.sessions.path]))])
        }
        let report = WorkshopReport(sessions: sessions, unreadable: unreadable, today: today, book: book)
        return Outcome([.card(WorkshopReportText.lines(for: report, book: book))])
    }
}
