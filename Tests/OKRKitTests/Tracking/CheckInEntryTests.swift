import OKRKit
import Testing

/// A check-in's value as a person types it, and recording check-ins one per day in date order.
@Suite struct CheckInEntryTests {
    typealias F = TrackingFixtures

    static let nps = KeyResultPlan(measure: .increase, baseline: 45, target: 70)
    static let milestone = KeyResultPlan(measure: .milestone)
    /// "Reduce time to first response from 4 hours to 1 hour", read from its sentence.
    static let hours = try! KeyResultPlan.of(
        KeyResult(text: "Reduce time to first response from 4 hours to 1 hour"),
        reading: KeyResultReader.read("Reduce time to first response from 4 hours to 1 hour")
    ).get()

    static func value(_ text: String, _ plan: KeyResultPlan) -> Result<CheckInEntry.Value, CheckInEntry.Refusal> {
        CheckInEntry.value(text, plan: plan)
    }

    @Test(arguments: [
        ("52", 52.0), ("52%", 52), ("$1.2M", 1_200_000), ("1,200", 1200), ("twelve", 12), ("a dozen", 12),
        ("  52  ", 52), ("-5", -5), ("0.5", 0.5), ("52 after the webinar", 52),
    ])
    func readsANumberInTheKeyResultsUnit(text: String, number: Double) {
        #expect(Self.value(text, Self.nps) == .success(.number(number)), "\(text.debugDescription)")
    }

    @Test func aDurationIsConvertedToTheKeyResultsTimeUnit() {
        #expect(Self.hours.unit == "hours")
        #expect(Self.value("90 minutes", Self.hours) == .success(.number(1.5)))
        #expect(Self.value("2 days", Self.hours) == .success(.number(48)))
        #expect(Self.value("45 min", Self.hours) == .success(.number(0.75)))
        #expect(Self.value("3", Self.hours) == .success(.number(3)))
        // Without a time unit to convert to, the number is taken as typed.
        #expect(Self.value("90 minutes", Self.nps) == .success(.number(90)))
    }

    /// Durations the reader does not read as a person writes them; each says what goes wrong.
    /// Short durations, which the sentence reader misreads ("45m" as 45 million), are read as times first.
    @Test(arguments: [
        ("45m", 0.75), ("2h30", 2.5), ("1:30", 1.5), ("2h 30m", 2.5), ("1h", 1), ("90 min", 1.5), ("1d 4h", 28),
        ("1:30:36", 1.51), ("3 hours", 3), ("2.5h", 2.5),
    ])
    func shortDurationsAreReadAsTimes(text: String, hours: Double) {
        #expect(Self.value(text, Self.hours) == .success(.number(hours)), "\(text)")
    }

    @Test func textThatIsNotWhollyADurationIsLeftToTheReader() {
        #expect(Self.value("45", Self.hours) == .success(.number(45)))
        #expect(Self.value("3.5", Self.hours) == .success(.number(3.5)))
        #expect(Self.value("2h30x", Self.hours) == .success(.number(2)), "the reader's reading: 2 hours")
        // A key result not measured in time keeps the reader's millions.
        #expect(Self.value("45m", Self.nps) == .success(.number(45_000_000)))
    }

    @Test func aMilestoneTakesDoneNotYetOrAShareDone() {
        for done in ["done", "Done", " DONE ", "Done.", "done!", "shipped", "yes", "100%"] {
            #expect(Self.value(done, Self.milestone) == .success(.done), "\(done.debugDescription)")
        }
        for notYet in ["not yet", "Not yet", "not-yet", "Not yet.", "no"] {
            #expect(Self.value(notYet, Self.milestone) == .success(.notDone(percent: nil)), "\(notYet.debugDescription)")
        }
        #expect(Self.value("40%", Self.milestone) == .success(.notDone(percent: 40)))
        #expect(Self.value("40", Self.milestone) == .success(.notDone(percent: 40)))
        #expect(Self.value("0%", Self.milestone) == .success(.notDone(percent: 0)))
    }

    @Test func aMilestonesShareMustLieBetween0And100() {
        #expect(Self.value("140%", Self.milestone) == .failure(.percentOutOfRange(140)))
        #expect(Self.value("-5%", Self.milestone) == .failure(.percentOutOfRange(-5)))
        #expect(Self.value("$1.2M", Self.milestone) == .failure(.notAValue))
        #expect(Self.value("90 minutes", Self.milestone) == .failure(.notAValue))
    }

    @Test func doneOnANumberIsRefused() {
        #expect(Self.value("done", Self.nps) == .failure(.doneOnNumber))
        #expect(Self.value("not yet", Self.nps) == .failure(.doneOnNumber))
        #expect(Self.value("Done.", Self.nps) == .failure(.doneOnNumber))
    }

    @Test(arguments: ["abc", "", "   ", "n/a", "???"])
    func textWithoutAValueIsRefused(text: String) {
        #expect(Self.value(text, Self.nps) == .failure(.notAValue), "\(text.debugDescription)")
        #expect(Self.value(text, Self.milestone) == .failure(.notAValue), "\(text.debugDescription)")
    }

    @Test func aLineOfAMegabyteIsRefusedAsTooLongWhateverItHolds() {
        let megabyte = 1 << 20
        let lines = [
            String(repeating: "9", count: megabyte), String(repeating: "1 ", count: megabyte / 2),
            "52 " + String(repeating: "x", count: megabyte), String(repeating: "done ", count: megabyte / 5),
        ]
        for line in lines {
            #expect(Self.value(line, Self.nps) == .failure(.tooLong(limit: ReadingLimit.characters)))
            #expect(Self.value(line, Self.milestone) == .failure(.tooLong(limit: ReadingLimit.characters)))
        }
        // Up to the limit, a value with a long note beside it is still read.
        let long = "52 " + String(repeating: "y", count: ReadingLimit.characters - 3)
        #expect(Self.value(long, Self.nps) == .success(.number(52)))
    }

    @Test func aValueBecomesACheckIn() {
        let day = F.day(10)
        #expect(CheckInEntry.checkIn(.number(52), on: day, confidence: 6, note: "webinar") ==
            CheckIn(date: day, value: 52, confidence: 6, note: "webinar"))
        #expect(CheckInEntry.checkIn(.done, on: day, confidence: nil, note: nil) == CheckIn(date: day, value: 100, done: true))
        #expect(CheckInEntry.checkIn(.notDone(percent: 40), on: day, confidence: nil, note: nil) ==
            CheckIn(date: day, value: 40, done: false))
        #expect(CheckInEntry.checkIn(.notDone(percent: nil), on: day, confidence: nil, note: nil) ==
            CheckIn(date: day, value: nil, done: false))
    }

    @Test func checkInsAreKeptInDateOrderWhateverOrderTheyCome() {
        var keyResult = KeyResult(text: "Raise NPS from 45 to 70")
        for n in [20, 5, 30, 10, 0] {
            #expect(CheckInEntry.record(F.checkIn(n, Double(n)), on: &keyResult) == nil)
        }
        #expect(keyResult.checkIns.map(\.date) == [0, 5, 10, 20, 30].map(F.day))
    }

    @Test func aSecondCheckInTheSameDayReplacesTheFirstAndReturnsIt() {
        var keyResult = KeyResult(text: "Raise NPS from 45 to 70", checkIns: [F.checkIn(5, 47), F.checkIn(10, 50)])
        let first = keyResult.checkIns[1]
        let second = F.checkIn(10, 52, confidence: 7)
        #expect(CheckInEntry.record(second, on: &keyResult) == first)
        #expect(keyResult.checkIns == [F.checkIn(5, 47), second])
    }
}
