import Foundation
import ReviewSiteCore

/// A theme's templates, parsed once and shared read-only by every render thread.
package struct TemplateSet: Sendable {
    private let templates: [String: ParsedTemplate]
    private let displayPrefix: String

    /// Loads every *.html under `directory` recursively (skipping the `assets` folder and
    /// hidden files). Names are paths relative to `directory` with '/' ("partials/top.html").
    /// Every template is parsed now, so a syntax error anywhere is reported at load;
    /// `displayPrefix` is prepended to file names in errors ("themes/default/partials/top.html").
    package static func load(directory: URL, displayPrefix: String) throws(TemplateError) -> TemplateSet {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(
                file: displayPrefix, line: 1, column: 1,
                message: "the theme folder does not exist; check the --theme option")
        }
        var sources: [String: String] = [:]
        for name in htmlFiles(in: directory) {
            let display = join(displayPrefix, name)
            guard let data = fm.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw TemplateError(
                    file: display, line: 1, column: 1,
                    message: "cannot read this template; check that the file can be read")
            }
            switch TextDecoding.decode([UInt8](data)) {
            case .success(let text):
                sources[name] = text
            case .failure(.binary(let line, let column)):
                throw TemplateError(
                    file: display, line: line, column: column,
                    message: "this template contains a NUL byte, so it looks like a binary file; save it as UTF-8 text")
            case .failure(.invalidUTF8(let line, let column)):
                throw TemplateError(
                    file: display, line: line, column: column,
                    message: "this template is not valid UTF-8 text; save it as UTF-8")
            }
        }
        guard !sources.isEmpty else {
            throw TemplateError(
                file: displayPrefix, line: 1, column: 1,
                message: "the theme folder has no templates (.html files); check the --theme option")
        }
        return try TemplateSet(sources: sources, displayPrefix: displayPrefix)
    }

    /// For tests: templates given as name → source.
    package init(sources: [String: String], displayPrefix: String) throws(TemplateError) {
        self.displayPrefix = displayPrefix
        var parsed: [String: ParsedTemplate] = [:]
        // Sorted, so the error reported first is the same on every run.
        for name in sources.keys.sorted() {
            parsed[name] = try TemplateParser.parse(
                sources[name] ?? "", name: name,
                displayName: TemplateSet.join(displayPrefix, name))
        }
        let names = parsed.keys.sorted()
        for name in names {
            guard let template = parsed[name] else { continue }
            for include in template.includes where parsed[include.name] == nil {
                var message = "the template '\(include.name)' does not exist"
                if let guess = TemplateSuggestion.closest(to: include.name, among: names) {
                    message += "; did you mean '\(guess)'?"
                } else {
                    message += "; create \(TemplateSet.join(displayPrefix, include.name)) or fix the name"
                }
                throw TemplateError(file: template.displayName, line: include.line, column: include.column, message: message)
            }
        }
        templates = parsed
    }

    /// Renders template `name` with `context`. Errors name the template file, line and column.
    package func render(_ name: String, _ context: [String: TemplateValue]) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            let display = TemplateSet.join(displayPrefix, name)
            throw TemplateError(
                file: display, line: 1, column: 1,
                message: "the theme has no template '\(name)'; create \(display)")
        }
        return try TemplateRenderer(templates: templates).render(template, context)
    }

    /// How errors name template `name` ("themes/default/list.html").
    package func displayName(of name: String) -> String { TemplateSet.join(displayPrefix, name) }

    /// The names of the loaded templates, sorted.
    package var names: [String] { templates.keys.sorted() }

    package static func join(_ prefix: String, _ name: String) -> String {
        if prefix.isEmpty { return name }
        return prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name
    }

    /// Relative paths of the *.html files under `directory`, skipping `assets/` and hidden entries.
    private static func htmlFiles(in directory: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let parts = relative.split(separator: "/")
            if parts.first == "assets" || parts.contains(where: { $0.hasPrefix(".") }) {
                if parts.count == 1 { walker.skipDescendants() }
                continue
            }
            guard relative.hasSuffix(".html") else { continue }
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            found.append(relative)
        }
        return found.sorted()
    }
}
