import Foundation
import ReviewSiteCore

/// An image or document in the content folder beside a page's Markdown file (or in a folder
/// named after the page). It is published, at the same path in the output, only when a
/// published page links to it or lists it under `attachments:`.
struct PageFile: Sendable, Hashable, Codable {
    /// Path inside the content folder (`reviews/dhr-jo-2022/overview-report.pdf`); also its
    /// path in the output folder.
    var relative: String
    var size: Int
    /// Why the file cannot be published (its kind, size or name), already reported; links to
    /// it are not reported again.
    var rejected = false

    /// The largest file that is published (50 MB): bigger files are slow for readers on a
    /// phone and are usually a scan that should be made smaller first.
    static let maximumSize = 50 * 1_024 * 1_024

    var fileExtension: String { (relative as NSString).pathExtension.lowercased() }
    var kind: Kind? { Kind(rawValue: fileExtension == "jpeg" ? "jpg" : fileExtension) }

    /// The kinds of file a page may publish.
    enum Kind: String, Sendable, CaseIterable {
        case png, jpg, svg, webp, pdf, odt, docx, csv

        /// What a reader is told the file is ("PDF", "PNG image").
        var label: String {
            switch self {
            case .png: "PNG image"
            case .jpg: "JPEG image"
            case .svg: "SVG image"
            case .webp: "WebP image"
            case .pdf: "PDF"
            case .odt: "OpenDocument text"
            case .docx: "Word document"
            case .csv: "CSV spreadsheet"
            }
        }

        /// The list shown when a file of another kind is found.
        static let allowedList = "PNG, JPEG, SVG, WebP, PDF, ODT, DOCX, CSV"
    }

    /// "340 KB", "1.2 MB": GOV.UK's way of showing a file's size.
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1_024 { return "\(bytes) bytes" }
        if bytes < 1_024 * 1_024 { return "\(Int((Double(bytes) / 1_024).rounded())) KB" }
        let mb = Double(bytes) / (1_024 * 1_024)
        return mb < 10 ? String(format: "%.1f MB", mb) : "\(Int(mb.rounded())) MB"
    }

    /// The problem with a file's name, kind or size, if any (nil: it may be published).
    func problem() -> String? {
        guard kind != nil else {
            let ext = fileExtension.isEmpty ? "a file without an extension" : "a .\(fileExtension) file"
            return "this is \(ext), which a page cannot publish; the kinds allowed are \(Kind.allowedList) "
                + "(convert it to one of them, or move it out of the content folder)"
        }
        let parts = relative.split(separator: "/")
        for part in parts.dropLast() where !Slug.isValid(part) {
            return "the folder name '\(part)' cannot be used in a web address; rename it to '\(Slug.suggest(part))' "
                + "(lower-case letters, digits and hyphens only)"
        }
        let name = (String(parts.last ?? "") as NSString).deletingPathExtension
        if !Slug.isValid(Substring(name)) {
            return "this file's name cannot be used in a web address; rename it to '\(Slug.suggest(Substring(name)))."
                + "\(fileExtension)' (lower-case letters, digits and hyphens only)"
        }
        if let top = parts.first, parts.count > 1, AssembleStage.reserved.contains(String(top)) {
            return "/\(top)/ is made by ReviewSite itself; move this file into another folder"
        }
        if size > PageFile.maximumSize {
            return "this file is \(PageFile.sizeText(size)), over the 50 MB limit; make it smaller "
                + "(for a PDF, save it again with image compression) or split it"
        }
        return nil
    }
}
