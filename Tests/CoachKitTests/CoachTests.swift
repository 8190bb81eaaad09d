import CoachKit
import Foundation
import OKRKit
import Testing

@Suite struct CoachTests {
    @Test func aSessionOpenElsewhereOpensReadOnlyAndIsNeverWritten() throws {
        let (first, home) = try makeCoach()
        _ = first.handle("/new shared")
        let file = home.appendingPathComponent("sessions/shared.json")
        let before = try Data(contentsOf: file)

        let (second, _) = try makeCoach(home: home)
        let opened = second.handle("/open shared")
        #expect(opened.replies.first == .warning("Session 'shared' is open in another okr-coach (pid \(getpid()))."))
        #expect(second.current?.isReadOnly == true)
        #expect(second.handle("/save").replies
            == [.error("'shared' is open read-only because another okr-coach has it; changes are not saved. Close the other one, then /open shared again.")])
        #expect(second.handle("/rename other").replies.first?.plainText.contains("read-only") == true)
        #expect(second.handle("/delete shared").replies.count == 1)
        #expect(second.handle("yes").replies.first?.plainText.contains("read-only") == true)
        _ = second.finish()
        #expect(try Data(contentsOf: file) == before)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func quittingEndsTheConversationWithEveryChangeAlreadySaved() throws {
        let (coach, home) = try makeCoach()
        _ = coach.handle("/new q")
        _ = coach.handle("/objective Make onboarding effortless for new teams")
        let file = home.appendingPathComponent("sessions/q.json")
        let saved = try Data(contentsOf: file)
        let outcome = coach.handle("/quit")
        #expect(outcome.exit)
        #expect(outcome.replies == [.say("Saved 'q'. Goodbye.")])
        #expect(try Data(contentsOf: file) == saved)
        #expect(try SessionCoding.decode(saved, file: "q.json").objectives.map(\.text) == ["Make onboarding effortless for new teams"])
    }

    @Test func quittingKeepsTheBackupOfTheVersionBeforeTheLastChange() throws {
        let (coach, home) = try makeCoach()
        _ = coach.handle("/new b")
        _ = coach.handle("/objective Make onboarding effortless for new teams")
        let backup = home.appendingPathComponent("sessions/b.json.bak")
        let before = try Data(contentsOf: backup)
        _ = coach.handle("/quit")
        #expect(try Data(contentsOf: backup) == before, "the backup still holds the session without the objective")
        #expect(try SessionCoding.decode(before, file: "b.json.bak").objectives.isEmpty)
    }

    @Test func undoStepsBackThroughTheLast200Changes() throws {
        let (coach, _) = try makeCoach()
        _ = coach.handle("/new many")
        for n in 1...205 { _ = coach.handle("/objective Objective number \(n) delights customers") }
        var undone = 0
        while coach.handle("/undo").replies.first?.plainText.hasPrefix("Undid") == true { undone += 1 }
        #expect(undone == 200)
        #expect(coach.current?.session.objectives.count == 5)
    }

    @Test func renamingKeepsTheUndoHistory() throws {
        let (coach, home) = try makeCoach()
        for line in ["/new before", "none", "", "/objective Make onboarding effortless for new teams", "/rename after"] {
            _ = coach.handle(line)
        }
        #expect(coach.handle("/undo").replies.first?.plainText.hasPrefix("Undid") == true)
        #expect(coach.current?.session.objectives.isEmpty == true)
        #expect(coach.prompt == "okr:after> ", "the state from before the rename takes the new name")
        let saved = try SessionCoding.decode(Data(contentsOf: home.appendingPathComponent("sessions/after.json")), file: "after.json")
        #expect(saved.objectives.isEmpty && saved.name == "after")
    }

    @Test func aQuestionTypedInsteadOfAnAnswerIsAnsweredAndChangesNothing() throws {
        let (coach, home) = try makeCoach()
        for line in ["/new asks", "none", "", "/objective Make onboarding effortless for new teams", ""] { _ = coach.handle(line) }
        _ = coach.handle("/kr Raise week-one activation from 40% to 55% by Q3 (confidence 5/10)")
        _ = coach.handle("")
        let file = home.appendingPathComponent("sessions/asks.json")
        let before = try Data(contentsOf: file)
        let replies = coach.handle("how do I know my key results are good enough?").replies.map(\.plainText)
        #expect(replies.first?.hasPrefix("That sounds like a question.") == true, "\(replies)")
        #expect(try Data(contentsOf: file) == before, "nothing was saved")
        #expect(coach.current?.session.objectives[0].keyResults.count == 1)
    }

    @Test func aCommandInsteadOfYesKeepsTheSessionAndRuns() throws {
        let (coach, home) = try makeCoach()
        _ = coach.handle("/new keep")
        _ = coach.handle("/objective Make onboarding effortless for new teams")
        _ = coach.handle("/delete keep")
        let replies = coach.handle("/undo").replies
        #expect(replies.first == .say("Kept 'keep'."))
        #expect(replies.dropFirst().first?.plainText.hasPrefix("Undid the new O1") == true, "the undo ran: \(replies)")
        #expect(coach.current?.session.objectives.isEmpty == true)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/keep.json").path))
    }

    @Test func ctrlCCancelsAMultiLinePasteAndKeepsTheQuestion() throws {
        let (coach, _) = try makeCoach()
        _ = coach.handle("/new paste")
        let asked = coach.current?.session.draft
        _ = coach.handle("\"\"\"")
        _ = coach.handle("2027-Q1 and then some half-pasted text")
        #expect(coach.interrupt().replies == [.say("Multi-line answer cancelled; nothing was read.")])
        #expect(coach.interrupt().replies.isEmpty, "a second Ctrl-C has nothing to cancel")
        #expect(coach.current?.session.draft == asked)
        #expect(coach.handle("2027-Q1").replies.first?.plainText.hasPrefix("Cycle 2027-Q1") == true)
    }

    @Test func tabCompletesCommandsAndSessionNames() throws {
        let (coach, _) = try makeCoach()
        _ = coach.handle("/new alpha team")
        _ = coach.handle("/new beta")
        let completer = coach.completer
        #expect(completer.candidates(for: "/he") == ["/help"])
        #expect(completer.candidates(for: "/s") == ["/sessions", "/save", "/status", "/suggest"])
        #expect(completer.candidates(for: "/open al") == ["/open alpha team"])
        #expect(completer.candidates(for: "/open ") == ["/open alpha team", "/open beta"])
        #expect(completer.candidates(for: "/help q") == ["/help quit"])
        #expect(completer.candidates(for: "/kpis net-prom") == ["/kpis net-promoter-score"])
        #expect(completer.candidates(for: "/kpis Net Prom") == ["/kpis Net Promoter Score"])
        #expect(completer.candidates(for: "/learn str") == ["/learn stretch"])
        #expect(completer.candidates(for: "/new ").isEmpty)
        #expect(completer.candidates(for: "hello").isEmpty)
    }

    @Test func pastedEscapesAreDroppedBeforeReadingAndAControlCharacterInANameIsRefused() throws {
        let (coach, _) = try makeCoach()
        let refused = coach.handle("\u{1B}[200~/new\tpasted\u{7}\u{1B}[201~\r")
        #expect(refused.replies == [.error("'pasted' cannot be a session name: it contains U+0007; use letters, digits, spaces, - _ and .")])
        #expect(coach.current == nil)
        let outcome = coach.handle("\u{1B}[200~/new\tpasted\u{1B}[201~\r")
        #expect(outcome.replies.first?.plainText.hasPrefix("Created session 'pasted',") == true)
        #expect(coach.current?.session.name == "pasted")
    }

    @Test func theGreetingOffersTheLatestSessionOrHowToStart() throws {
        let (coach, home) = try makeCoach()
        #expect(coach.greeting().first?.plainText.hasPrefix("Start with /new NAME") == true)
        _ = coach.handle("/new older")
        _ = coach.handle("/new newer")
        let older = home.appendingPathComponent("sessions/older.json")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: older.path)
        let (fresh, _) = try makeCoach(home: home)
        #expect(fresh.greeting().first?.plainText.hasPrefix("Pick up where you left off with /open older") == true)
    }
}

/// A check-in walk started in the middle of the guided draft hands the word back to the draft when it ends.
@Suite struct WalkInsideDraftTests {
    @Test func theDraftsQuestionIsAskedAgainWhenTheWalkEnds() throws {
        let (coach, _) = try makeCoach()
        for line in ["/new mixed", "2027-Q1", "", "Win the mid-market", "", "Raise NPS from 45 to 70"] { _ = coach.handle(line) }
        #expect(coach.current?.session.draft?.question == .confidence)
        _ = coach.handle("/checkin")
        _ = coach.handle("52")
        _ = coach.handle("6")
        let ended = coach.handle("").replies.map(\.plainText)
        #expect(ended.last?.hasPrefix("How confident are you that O1.KR1 will happen") == true, "\(ended)")
        #expect(coach.handle("7").replies.map(\.plainText).contains { $0.contains("O1.KR1") })
        #expect(coach.current?.session.objectives[0].keyResults[0].confidence == 7)
    }
}

/// Stopping a walk says which walk stopped and how to start it again; what was answered stays.
@Suite struct WalkStopTests {
    @Test func stoppingGradingSaysGradingStopped() throws {
        let (coach, _) = try makeCoach()
        for line in ["/new stops", "2027-Q1", "", "/objective Win the mid-market", "/kr Raise NPS from 45 to 70", "/grade"] {
            _ = coach.handle(line)
        }
        _ = coach.handle("0.5 the survey ran late")
        #expect(coach.handle("stop").replies.map(\.plainText).first == "Grading stopped; every score and answer given is saved. /grade starts again.")
        #expect(coach.current?.session.walk == nil)
        #expect(coach.current?.session.objectives[0].keyResults[0].givenScore?.score == 0.5)
    }
}
