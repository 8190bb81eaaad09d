import Foundation
import Testing

/// The completion scripts `okr-coach --generate-completion-script` writes, loaded in real shells: Tab offers the
/// saved sessions, the catalog's KPI ids and categories, and files, as a person at the shell would see them.
@Suite struct CompletionScriptTests {
    /// A data directory with two sessions (one name with a space), a backup and a lock file beside them, and a
    /// company catalog adding one KPI.
    static func homeWithSessions() throws -> URL {
        let home = try Binary.temporaryHome()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        for name in ["team-q1.json", "sales 2027.json", "team-q1.json.bak", ".team-q1.json.lock"] {
            try Data("{}".utf8).write(to: sessions.appendingPathComponent(name))
        }
        try writeCatalog(id: "warehouse-pick-accuracy", category: "supply-chain", to: home.appendingPathComponent("kpis.yaml"))
        return home
    }

    /// A company catalog file with one KPI.
    static func writeCatalog(id: String, category: String, to url: URL) throws {
        try """
            kpis:
              - id: \(id)
                name: \(id.replacingOccurrences(of: "-", with: " ").capitalized)
                category: \(category)
                definition: "A KPI of this company's own."
                formula: "count"
                unit: count
                direction: higher-is-better
                cadence: weekly
            """.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: CompletionShell.isInstalled("bash"), "bash is not installed"))
    func bashOffersSavedSessionNamesOnly() throws {
        let shell = CompletionShell(home: try Self.homeWithSessions())
        #expect(try shell.bash(["okr-coach", "chat", "--session", ""]).sorted() == ["sales 2027", "team-q1"])
        #expect(try shell.bash(["okr-coach", "chat", "-s", "te"]) == ["team-q1"])
    }

    @Test(.enabled(if: CompletionShell.isInstalled("bash"), "bash is not installed"))
    func bashOffersKPIIdsAndCategories() throws {
        let shell = CompletionShell(home: try Self.homeWithSessions())
        let ids = try shell.bash(["okr-coach", "kpis", "show", "cus"])
        #expect(ids.contains("customer-churn-rate"))
        #expect(ids.allSatisfy { $0.hasPrefix("cus") })
        #expect(try shell.bash(["okr-coach", "kpis", "show", "warehouse"]) == ["warehouse-pick-accuracy"])
        #expect(try shell.bash(["okr-coach", "kpis", "list", "--category", "sup"]).sorted() == ["supply-chain", "support"])
    }

    @Test(.enabled(if: CompletionShell.isInstalled("bash"), "bash is not installed"))
    func bashOffersKPIIdsOfCatalogFilesOnTheLine() throws {
        let home = try Binary.temporaryHome()
        let catalog = home.appendingPathComponent("extra.yaml")
        try Self.writeCatalog(id: "volunteer-hours", category: "mission", to: catalog)
        let shell = CompletionShell(home: home)
        #expect(try shell.bash(["okr-coach", "kpis", "show", "volunteer-h"]) == [])
        #expect(try shell.bash(["okr-coach", "kpis", "show", "--catalog", catalog.path, "volunteer-h"]) == ["volunteer-hours"])
    }

    @Test(.enabled(if: CompletionShell.isInstalled("bash"), "bash is not installed"))
    func bashOffersSavedSessionsToStatusAndCheckin() throws {
        let shell = CompletionShell(home: try Self.homeWithSessions())
        #expect(try shell.bash(["okr-coach", "status", ""]).sorted() == ["sales 2027", "team-q1"])
        #expect(try shell.bash(["okr-coach", "status", "team-q1", "sa"]) == ["sales 2027"], "status takes several")
        #expect(try shell.bash(["okr-coach", "checkin", "te"]) == ["team-q1"])
        #expect(try shell.bash(["okr-coach", "status", "--format", ""]).sorted() == ["csv", "json", "markdown", "text"])
        #expect(try shell.bash(["okr-coach", "status", "--fail-on", ""]).sorted() == ["at-risk", "behind", "due"])
    }

    @Test(.enabled(if: CompletionShell.isInstalled("bash"), "bash is not installed"))
    func bashOffersFilesForCheckAndYAMLForCatalog() throws {
        let shell = CompletionShell(home: try Binary.temporaryHome())
        let folder = try Binary.temporaryHome()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        for name in ["okrs.md", "team.json", "company.yaml"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        #expect(try shell.bash(["okr-coach", "check", ""], in: folder).sorted() == ["company.yaml", "drafts", "okrs.md", "team.json"])
        #expect(try shell.bash(["okr-coach", "check", "ok"], in: folder) == ["okrs.md"])
        #expect(try shell.bash(["okr-coach", "kpis", "list", "--catalog", ""], in: folder).sorted() == ["company.yaml", "drafts"])
    }

    @Test(.enabled(if: CompletionShell.isInstalled("fish"), "fish is not installed: scripts/install-deps.sh --test installs it"))
    func fishCompletesSessionsAndKPIIds() throws {
        let shell = CompletionShell(home: try Self.homeWithSessions())
        #expect(try shell.typeTab(in: "fish", "okr-coach kpis show customer-chu", completesTo: "customer-churn-rate"))
        #expect(try shell.typeTab(in: "fish", "okr-coach chat --session sal", completesTo: "sales\\ 2027"))
        #expect(try shell.typeTab(in: "fish", "okr-coach kpis show wareh", completesTo: "warehouse-pick-accuracy"))
    }

    @Test(.enabled(if: CompletionShell.isInstalled("zsh"), "zsh is not installed: scripts/install-deps.sh --test installs it"))
    func zshCompletesSessionsAndKPIIds() throws {
        let shell = CompletionShell(home: try Self.homeWithSessions())
        #expect(try shell.typeTab(in: "zsh", "okr-coach kpis show customer-chu", completesTo: "customer-churn-rate"))
        #expect(try shell.typeTab(in: "zsh", "okr-coach chat --session sal", completesTo: "sales\\ 2027"))
        #expect(try shell.typeTab(in: "zsh", "okr-coach kpis list --category supp", completesTo: "support"))
    }
}
