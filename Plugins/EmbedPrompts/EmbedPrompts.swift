import Foundation
import PackagePlugin

/// Compiles the package's `prompts/*.yaml` (words and catalog) and the handout's `prompts/*.html` and
/// `prompts/*.css` into the target as string constants, so that an installed `okr-coach` carries them wherever it
/// runs.
@main
struct EmbedPrompts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "prompts")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["yaml", "html", "css"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) prompt files",
                executable: try context.tool(named: "EmbedPromptsTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
