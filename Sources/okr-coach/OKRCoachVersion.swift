/// The version `okr-coach --version` prints.
enum OKRCoachVersion {
    static let current = "0.1.0"
}
