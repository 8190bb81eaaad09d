import OKRKit
import Testing

/// Questions and progress updates typed to the coach are told from objectives and key results.
struct AsideTests {
    @Test(arguments: [
        "how do I track progress during the quarter?", "What is a good key result", "Should we have five objectives",
        "why does the coach say activity?", "How many key results should an objective have",
    ])
    func questions(_ text: String) {
        #expect(Aside.of(text) == .question)
    }

    @Test(arguments: [
        "Week 6: first response time is now 3 hours", "Update: churn is at 3.1%", "Day 30: 41 teams active",
        "First response time is now 3 hours", "NPS currently at 38", "Sprint 4: 12 of 20 pages migrated",
    ])
    func progressUpdates(_ text: String) {
        #expect(Aside.of(text) == .statusUpdate)
    }

    @Test(arguments: [
        "Raise NPS from 30 to 45 by Q3", "Cut first response time from 6 hours to 2 hours", "Make onboarding effortless",
        "Grow ARR to $2M, now at $1.2M", "What gets measured gets managed", "Customers can pay in one click",
        "Weekly active teams from 300 to 500", "Keep uptime at 99.9%", "Reach 1,000 paying customers",
    ])
    func objectivesAndKeyResultsAreNeither(_ text: String) {
        #expect(Aside.of(text) == nil)
    }
}
