/// Words that mark work done rather than a result achieved: "launch", "hold 12 interviews", "write 10 articles".
enum ActivityVocabulary {
    /// Verbs that name a deliverable or an activity when they lead a key result.
    static let verbs = StemSet("""
        launch ship release build create develop implement deploy roll hold conduct host organize organise run \
        write publish post hire recruit complete finish finalize attend deliver design redesign introduce setup \
        send produce draft document migrate integrate install upgrade refactor rewrite rebuild open start \
        begin kickoff interview train pilot test prototype prepare plan research review audit analyze analyse \
        map identify evaluate assess explore investigate define establish perform do record film speak present \
        visit meet call email contact translate rollout sponsor exhibit facilitate coordinate schedule \
        brainstorm outline sketch code program configure provide offer arrange update fix read study \
        replace automate localize localise track renegotiate negotiate refurbish renovate digitise digitize \
        submit apply procure buy decommission deprecate sunset retire rotate consolidate restructure reorganise \
        reorganize formalise formalize standardise standardize appoint nominate calibrate certify inspect vaccinate \
        graft transcribe subtitle canvass testify furnish equip erect resurface repaint fence supervise teach \
        distribute swim meditate cook refit remodel redecorate
        """)

    /// Verbs that are also nouns heading a metric ("Plant uptime", "Survey response rate", "Stock availability"):
    /// work only before their object, a determiner or an amount ("Plant 2,000 trees", "Survey every tenant").
    static let verbsBeforeObject = StemSet("""
        plant survey stock print book lease rent chair coach tour budget forecast label tag scan index archive \
        catalogue catalog photograph edit lobby leaflet petition tweet patch merge register benchmark shortlist \
        moderate tutor mentor harvest shadow
        """)

    /// Words that open the object of a verb: "the", "every", "our" (amounts open it too; the rule tells those).
    static let objectOpeners: WordSet = [
        "the", "a", "an", "our", "their", "its", "this", "these", "those", "every", "each", "all", "both", "my",
        "your", "his", "her",
    ]

    /// Verbs that are also nouns of metrics when inflected ("orders shipped", "purchases per customer"): work only
    /// in their base form, as the command a key result starts with ("Order new chairs").
    static let baseFormVerbs: WordSet = ["order", "purchase"]

    /// Nouns that, right after a would-be verb, show it is a noun naming a metric: "test coverage", "open rate",
    /// "build time", "training completion".
    static let metricNouns = StemSet("""
        rate rates time times coverage score frequency volume completion duration count ratio cost costs speed \
        success latency accuracy satisfaction adoption conversion velocity throughput attendance participation \
        uptime yield
        """)

    /// Verbs that only introduce what follows: "ensure all managers attend", "make sure every rep calls".
    static let introducers: WordSet = ["ensure", "make", "sure", "get", "have", "see", "that"]

    /// People on the team, whose doing something is an activity: "every engineer completes training".
    static let teamMembers = StemSet("""
        engineer developer designer manager employee staff member rep agent hire leader lead analyst marketer \
        salesperson recruiter teammate colleague person people team squad nurse doctor clinician teacher volunteer \
        technician operator driver supervisor
        """)

    /// Words after a deliverable verb that make it about how the work goes: "ship faster", "deliver more often".
    static let manner: WordSet = [
        "faster", "better", "more", "quicker", "safer", "smarter", "cheaper", "reliably", "often", "frequently",
        "continuously", "confidently", "predictably", "sustainably",
    ]

    /// Verbs of work that describe a service level when followed by a share: "deliver 98% of orders on time".
    static let rateVerbs = StemSet("deliver complete finish process ship handle fulfil fulfill dispatch")

    /// Two-word verbs that lead an activity: "set up", "roll out".
    static let phrases = PhraseList(["set up", "roll out", "kick off", "go live", "put in place", "sign off on"])

    /// Verbs that make an objective a deliverable: "Launch the mobile app", "Migrate to the new billing system".
    static let deliverableVerbs = StemSet("""
        launch ship build implement integrate migrate deliver release develop create deploy roll rollout introduce \
        complete finish design redesign rebuild rewrite install setup upgrade replace refactor publish produce \
        automate add hire open port finalize execute
        """)

    /// Verbs that name work when something (or someone) goes to a new place: "move 80% of workloads to the new
    /// platform", "go to the gym 3 times a week".
    static let relocationVerbs = StemSet("move shift transfer switch port go")

    /// Words that open a place rather than a level after "to": "to the new platform", not "to 40%" or "to weekly".
    static let placeOpeners: WordSet = ["the", "a", "an", "our", "new", "one", "its", "their"]

    /// Outcome verbs that name work when their object is a party the company works with: "onboard 3 new suppliers".
    static let partnerVerbs = StemSet("onboard enrol enroll")

    /// Parties a company buys from or works through, rather than sells to.
    static let partners = StemSet("""
        supplier vendor partner reseller distributor contractor agency freelancer manufacturer carrier subcontractor \
        wholesaler integrator
        """)

    /// Things people count when they count effort: "12 interviews", "50 sales calls", "3 campaigns".
    static let nouns = StemSet("""
        interview call meeting workshop webinar article blog post campaign event training session course \
        newsletter video podcast conference hackathon demo presentation talk experiment prototype initiative \
        deliverable document playbook guide tutorial whitepaper ebook outreach meetup offsite retreat class \
        lesson module brochure ad advert pitch
        """)

    /// Past participles that mark a deliverable anywhere: "new pricing page launched by Q2".
    static let doneMarkers: WordSet = [
        "launched", "shipped", "released", "published", "hired", "completed", "delivered", "implemented", "deployed",
        "built", "written", "held", "conducted", "hosted", "organized", "organised", "finished", "created",
        "developed", "introduced", "live", "updated", "documented", "reviewed", "approved", "migrated", "integrated",
        "installed", "trained", "tested", "upgraded", "redesigned", "rewritten", "refactored", "defined",
        "established", "finalized", "finalised", "drafted", "sent", "attended", "organised", "recorded",
    ]

    /// WordNet's classes of verbs that name work when they lead a key result: making, telling, dealing with people,
    /// touching or moving things, studying, watching, using up, caring for the body ("containerize", "weld",
    /// "phone", "commission"). Verbs of change, possession, competition, state, emotion and weather name results
    /// ("double", "win", "keep", "delight") or are the reader's to judge.
    static let workClasses: Set<VerbClass> = [
        .creation, .communication, .social, .contact, .motion, .cognition, .perception, .consumption, .body,
    ]

    /// WordNet's classes of nouns that name a thing to deliver: "dashboard", "warehouse" (artifacts), "handbook",
    /// "status page" (communications).
    static let deliverableClasses: Set<NounClass> = [.artifact, .communication]

    /// Verbs the reader reads as moving or holding a metric ("raise", "drive", "cut", "keep", "held"): never work.
    static let directionVerbs = Vocabulary.increase.union(Vocabulary.decrease).union(Vocabulary.maintain)

    /// Verbs whose object others grant: what they lead is a result, even when it counts meetings or posts
    /// ("Secure 15 press mentions", "Be invited to speak at 2 conferences", "Land 5 new logos").
    static let grantVerbs = StemSet("win secure earn gain receive obtain attract land get be become pass sign close")

    /// What issue 12 decided is effort whenever it is counted, held or booked, even as a metric that grows:
    /// meetings, calls, interviews, posts and events ("Grow weekly outbound calls from 100 to 250", "Demos booked").
    static let heldOrBooked = StemSet("""
        meeting call interview post event webinar demo workshop visit presentation talk pitch article video podcast \
        newsletter conference meetup hackathon
        """)

    /// Words that open a level after a would-be verb, making it a metric's name: "churn under 2%".
    static let levelOpeners: WordSet = ["above", "below", "under", "over", "from", "by", "at", "within", "than"]

    /// Light verbs that move a metric or a state figuratively ("Bring attrition below 8%", "Make our checkout the
    /// fastest in retail"), whatever WordNet files them under.
    static let lightVerbs: WordSet = ["bring", "take", "put", "turn", "push", "pull", "carry", "make"]

    /// Phrases that say a deliverable is in use: "refund flow in production".
    static let livePhrases = PhraseList(["in production", "in beta", "generally available"])

    /// Things to deliver that WordNet 3.0 (2006) has no word for.
    static let newDeliverables = StemSet("app wiki runbook roadmap chatbot api sdk plugin microsite widget webpage intranet")

    /// Particles that make a gerund a verb before its object: "rolling out", "setting up".
    static let particles: WordSet = ["out", "up", "off", "in", "down"]

    /// Words that say something is absent, which no deliverable is: "zero injuries", "no repeat findings".
    static let absences: WordSet = ["zero", "no", "none", "without", "nil"]

    /// Verbs that say an outcome moves; a sentence led by one is not an activity unless it counts effort.
    static let outcomeVerbs = StemSet("""
        increase raise grow boost lift improve reduce decrease cut lower shrink drop decline double triple halve \
        achieve reach attain hit exceed surpass get gain win earn generate acquire convert retain keep maintain \
        sustain stay remain resolve respond answer sign close secure save expand accelerate speed shorten \
        eliminate minimize minimise maximize maximise score rank attract engage activate onboard
        """)
}
