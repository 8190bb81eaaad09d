import CoachKit
import Foundation
import OKRKit
import Testing

/// `okr-coach checkin` run as a script would: a check-in saved through the store (the previous file kept as the
/// backup), a second one the same day replacing the first, and every refusal exiting 2 with the file unchanged.
@Suite struct CheckInCommandTests {
    let home: URL
    let file: URL

    init() throws {
        home = try Binary.temporaryHome()
        file = try TrackedSessions.save(TrackedSessions.mixed, in: home)
    }

    private func checkin(_ arguments: [String]) throws -> Binary.Result {
        // The fixture's cycle is 2027-Q1: these check-ins are recorded as if at its end.
        try Binary.run(["checkin"] + arguments, home: home, environment: ["OKR_COACH_TODAY": "2027-03-31"])
    }

    @Test func recordsACheckInAndKeepsThePreviousFileAsTheBackup() throws {
        let before = try Data(contentsOf: file)
        let result = try checkin(["team-q1", "O1.KR1", "60", "--confidence", "7", "--note", "new survey", "--date", "2027-02-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "O1.KR1: recorded 60 on 2027-02-15, confidence 7; now on track.\n")
        let saved = try TrackedSessions.load("team-q1", in: home)
        #expect(saved.objectives[0].keyResults[0].checkIns.last
            == CheckIn(date: TrackedSessions.day("2027-02-15"), value: 60, confidence: 7, note: "new survey"))
        #expect(saved.objectives[0].keyResults[0].checkIns.count == 3)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.path + ".bak")) == before)
    }

    @Test func aSecondCheckInTheSameDayReplacesTheFirst() throws {
        #expect(try checkin(["team-q1", "1.1", "60", "--date", "2027-02-15"]).status == 0)
        let again = try checkin(["team-q1", "o1.kr1", "50", "--confidence", "4", "--date", "2027-02-15"])
        #expect(again.status == 0)
        #expect(again.stdout == "O1.KR1: recorded 50 on 2027-02-15, confidence 4, in place of that day's check-in (60); now at risk.\n")
        let checkIns = try TrackedSessions.load("team-q1", in: home).objectives[0].keyResults[0].checkIns
        #expect(checkIns.map(\.date.description) == ["2027-01-15", "2027-02-01", "2027-02-15"])
        #expect(checkIns.last?.value == 50)
    }

    @Test func aCheckInOnAnEarlierDayTakesItsPlaceInOrder() throws {
        #expect(try checkin(["team-q1", "O1.KR1", "50", "--date", "2027-01-20"]).status == 0)
        let checkIns = try TrackedSessions.load("team-q1", in: home).objectives[0].keyResults[0].checkIns
        #expect(checkIns.map(\.date.description) == ["2027-01-15", "2027-01-20", "2027-02-01"])
    }

    @Test func milestonesTakeDoneNotYetOrAShare() throws {
        let share = try checkin(["team-q1", "O1.KR5", "40%", "--date", "2027-02-15"])
        #expect(share.stdout == "O1.KR5: recorded 40% done on 2027-02-15; now behind.\n", "\(share.stderr)")
        let done = try checkin(["team-q1", "O1.KR5", "done", "--date", "2027-02-16"])
        #expect(done.stdout == "O1.KR5: recorded done on 2027-02-16; now achieved.\n")
        let notYet = try checkin(["team-q1", "O1.KR5", "not-yet", "--date", "2027-02-16"])
        #expect(notYet.stdout.contains("recorded not done on 2027-02-16, in place of that day's check-in (done)"))
    }

    @Test func aSessionFileCanBeNamedByItsPath() throws {
        let result = try checkin([file.path, "O1.KR2", "2.2%", "--date", "2027-02-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try TrackedSessions.load("team-q1", in: home).objectives[0].keyResults[1].checkIns.last?.value == 2.2)
    }

    @Test func theCoachHoldingTheSessionIsRespected() throws {
        let before = try Data(contentsOf: file)
        let lock = try TrackedSessions.lock("team-q1", in: home)
        let result = try checkin(["team-q1", "O1.KR1", "60", "--date", "2027-02-15"])
        withExtendedLifetime(lock) {}
        #expect(result.status == 2)
        #expect(result.stderr.contains("Session 'team-q1' is open in another okr-coach (pid \(getpid()))."))
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".bak"))
    }

    @Test(arguments: [
        (["team-q1", "O1.KR9", "60"], "O1.KR9: team-q1 has no such key result; name one like O1.KR2 (5 key results)"),
        (["team-q1", "O1", "60"], "O1: team-q1 has no such key result"),
        (["team-q1", "O1.KR1", "lots"], "O1.KR1: “lots” is not a value for “Raise NPS from 45 to 70”; give a number in its unit"),
        (["team-q1", "O1.KR1", "done"], "O1.KR1: “done” fits a milestone"),
        (["team-q1", "O1.KR5", "140%"], "O1.KR5: 140% is not a share done; give 0% to 100%"),
        (["team-q1", "O1.KR5", "soon"], "O1.KR5: “soon” is not a value for a milestone; give done, not-yet or a percentage done (40%)"),
        (["team-q1", "O1.KR1", "60", "--confidence", "11"], "--confidence 11: give a number from 0 to 10"),
        (["team-q1", "O1.KR1", "60", "--confidence", "high"], "--confidence high: give a number from 0 to 10"),
        (["team-q1", "O1.KR1", "60", "--date", "15/02/2027"], "--date 15/02/2027: expected a date as YYYY-MM-DD"),
        (["team-q1", "O1.KR1", "60", "--date", "2027-04-01"], "--date 2027-04-01: that is after today (2027-03-31)"),
        (["team-q1", "O1.KR4", "50"],
         "O1.KR4: “Increase activation to 60%” has no starting value, so a check-in cannot show progress; run /checkin in the coach (okr-coach --session team-q1), which asks for it, or /edit O1.KR4 to add “from X”"),
        (["nosuch", "O1.KR1", "60"], "There is no session 'nosuch'."),
        (["./notes.txt", "O1.KR1", "60"], "./notes.txt: a session file's name ends in .json"),
    ])
    func refusalsExitTwoAndChangeNothing(arguments: [String], message: String) throws {
        let before = try Data(contentsOf: file)
        let result = try checkin(arguments + (arguments.contains("--date") ? [] : ["--date", "2027-02-15"]))
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".bak"))
    }

    @Test func confidenceIsReadAsTheCoachReadsIt() throws {
        let result = try checkin(["team-q1", "O1.KR1", "60", "--confidence", "70%", "--date", "2027-02-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try TrackedSessions.load("team-q1", in: home).objectives[0].keyResults[0].checkIns.last?.confidence == 7)
    }

    @Test func aKeyResultThatStartsAtItsTargetPointsToEdit() throws {
        var session = TrackedSessions.mixed
        session.objectives[0].keyResults[0].text = "Raise NPS from 45 to 45"
        try TrackedSessions.save(session, in: home)
        let before = try Data(contentsOf: file)
        let result = try checkin(["team-q1", "O1.KR1", "50", "--date", "2027-02-15"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("O1.KR1: cannot be tracked: it starts at its target (45); fix the sentence with /edit O1.KR1"))
        #expect(try Data(contentsOf: file) == before)
    }
}
