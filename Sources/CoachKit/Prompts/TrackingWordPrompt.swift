/// How a milestone's check-in is said. In `prompts/tracking.yaml` under `words`.
public enum TrackingWordPrompt: String, CaseIterable, PromptKey {
    case done, notDone, shareDone

    public var path: String { "tracking.words.\(rawValue)" }
    public var values: [String] { self == .shareDone ? ["share"] : [] }
}
